package com.daren.bot.community.faq;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import com.daren.bot.community.CommunityTestSupport;
import com.daren.bot.community.CommunityTestSupport.Bound;
import com.daren.testkit.SettableClock;
import com.daren.community.GroupStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.List;

import static com.daren.bot.community.CommunityTestSupport.postedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The group FAQ through the simulator on embedded Redis: defaults, a group's own entries, the cool-down. */
@DarenIntegrationTest
@Import(CommunityTestSupport.ClockConfig.class)
class FaqFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    GroupStore groups;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SettableClock clock;

    private SimulatorClient chat;
    private Bound group;

    @BeforeEach
    void bindAGroup() {
        chat = new SimulatorClient(port);
        group = CommunityTestSupport.bindGroup(groups, "op_li", clock);
    }

    @Test
    void anAnsweredQuestionIsNotAnsweredAgainWithinTheCoolDown() {
        chat.say("lily", group.chat(), "请问合作流程是怎样的？");
        await().untilAsserted(() -> assertThat(answers("合作流程：")).hasSize(1));
        assertThat(answers("合作流程：").get(0)).startsWith("@lily");

        clock.advance(Duration.ofMinutes(9));
        chat.say("mia", group.chat(), "怎么合作呀");
        chat.say("mia", group.chat(), "寄样怎么弄");   // another question is answered meanwhile
        await().untilAsserted(() -> assertThat(answers("寄样：")).hasSize(1));
        assertThat(answers("合作流程：")).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        chat.say("mia", group.chat(), "合作流程发一下");
        await().untilAsserted(() -> assertThat(answers("合作流程：")).hasSize(2));
        assertThat(answers("合作流程：").get(1)).startsWith("@mia");
    }

    @Test
    void theCoolDownIsPerGroup() {
        Bound other = CommunityTestSupport.bindGroup(groups, "op_li", clock);
        chat.say("lily", group.chat(), "结算周期多久");
        chat.say("lily", other.chat(), "结算周期多久");
        await().untilAsserted(() -> assertThat(postedIn(redis, other.chat())).anySatisfy(p -> assertThat(p).contains("结算：")));
        await().untilAsserted(() -> assertThat(answers("结算：")).hasSize(1));
    }

    @Test
    void aGroupsOwnEntryAnswersWithTheOperatorsTextAndReplacesADefault() {
        assertThat(chat.say("op_li", group.chat(), "/group faq add 报价,價格 报价请私信小李，附上主页链接")).contains("已添加").contains("「报价」");
        assertThat(chat.say("op_li", group.chat(), "/group faq add re:^几点.*直播 今晚 8 点直播 id=直播")).contains("「直播」");
        assertThat(chat.say("op_li", group.chat(), "/group faq list")).contains("报价：报价,價格 → 报价请私信小李").contains("合作流程（默认）");

        chat.say("lily", group.chat(), "价 格 怎么算");
        chat.say("ann", group.chat(), "几点开始直播");
        await().untilAsserted(() -> assertThat(postedIn(redis, group.chat()))
                .contains("报价请私信小李，附上主页链接", "今晚 8 点直播"));
        assertThat(answers("报价：")).isEmpty();

        assertThat(chat.say("op_li", group.chat(), "/group faq remove 报价")).contains("已删除").contains("默认答案");
        assertThat(chat.say("op_li", group.chat(), "/group faq add re:([ 坏的正则")).contains("问题写法不对");
    }

    @Test
    void operatorsAreNotAnsweredAndAViolationIsNotAnswered() {
        chat.say("op_li", group.chat(), "合作流程我来讲一下");
        chat.say("kim", group.chat(), "合作流程加我vx详聊");
        chat.say("kim", group.chat(), "寄样地址发哪");
        await().untilAsserted(() -> assertThat(answers("寄样：")).hasSize(1));
        assertThat(answers("合作流程：")).isEmpty();
    }

    /** FAQ answers (they @-mention the asker; command replies in the outbox do not start with @). */
    private List<String> answers(String marker) {
        return postedIn(redis, group.chat()).stream().filter(p -> p.startsWith("@") && p.contains(marker)).toList();
    }
}
