package com.daren.bot.community.moderation;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import com.daren.bot.community.CommunityTestSupport;
import com.daren.bot.community.CommunityTestSupport.Bound;
import com.daren.testkit.SettableClock;
import com.daren.community.GroupStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.List;

import static com.daren.bot.community.CommunityTestSupport.postedIn;
import static com.daren.bot.community.CommunityTestSupport.sentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Moderation through the simulator on embedded Redis: evasions, escalation, exemption, the log. */
@DarenIntegrationTest
@Import(CommunityTestSupport.ClockConfig.class)
class ModerationFlowTest {

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
    void bindAGroupWithBannedWords() {
        chat = new SimulatorClient(port);
        group = CommunityTestSupport.bindGroup(groups, "op_li", clock);
        assertThat(chat.say("op_li", group.chat(), "/group banword add 微商 发票 spam")).contains("已添加").contains("微商");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            as listed                              | m_plain  | 招微商啦              | 微商
            full-width letters                     | m_width  | 便宜 ＳＰＡＭ 来了     | ＳＰＡＭ
            mixed case                             | m_case   | this is SpAm         | SpAm
            spaces between the characters          | m_spaces | 招 微 商 啦           | 微 商
            symbols and emoji between them         | m_symbol | 招微.🙂.商            | 微.🙂.商
            traditional characters                 | m_trad   | 代開發票               | 發票
            """)
    void eachEvasionOfABannedWordIsWarnedInTheGroup(String form, String member, String text, String excerpt) {
        chat.say(member, group.chat(), text);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(postedIn(redis, group.chat()))
                .anySatisfy(p -> assertThat(p).startsWith("@" + member + " 请注意").contains("敏感词").contains(excerpt)));
    }

    @Test
    void strikesEscalateToAskingTheOwnerToRemoveTheMember() {
        String member = "m_repeat";
        chat.say(member, group.chat(), "加我VX领福利");
        await().untilAsserted(() -> assertThat(warningsFor(member)).hasSize(1));
        assertThat(sentTo(redis, "op_li")).noneMatch(t -> t.contains(member));

        chat.say(member, group.chat(), "看这里 https://promo.example/x");
        await().untilAsserted(() -> assertThat(sentTo(redis, "op_li")).anySatisfy(t ->
                assertThat(t).contains("【群管理】").contains(member).contains("第 2 次").contains("https://promo.example/x")));

        chat.say(member, group.chat(), "电话 138 0013 8000");
        await().untilAsserted(() -> assertThat(sentTo(redis, "op_li")).anySatisfy(t -> assertThat(t)
                .contains("【请移出成员】").contains(member).contains("3 次")
                .contains("企业微信不允许应用把外部成员移出群")));
        await().untilAsserted(() -> assertThat(warningsFor(member)).hasSize(3).last().asString().contains("已请群主处理"));

        String log = chat.say("op_li", group.chat(), "/group violations @" + member);
        assertThat(log).contains("（最近 3 条）").contains("手机号").contains("链接").contains("广告/引流")
                .contains("已请群主移出").contains("提醒并告知群主").contains("群内提醒");
    }

    @Test
    void strikesOutsideTheWindowAreForgotten() {
        String member = "m_slow";
        chat.say(member, group.chat(), "招微商");
        await().untilAsserted(() -> assertThat(warningsFor(member)).hasSize(1));
        clock.advance(Duration.ofDays(8));
        chat.say(member, group.chat(), "招微商");
        await().untilAsserted(() -> assertThat(warningsFor(member)).hasSize(2));
        assertThat(warningsFor(member).get(1)).contains("请遵守群规");
        assertThat(sentTo(redis, "op_li")).noneMatch(t -> t.contains(member));
    }

    @Test
    void teamMembersAreExempt() {
        chat.say("op_li", group.chat(), "大家注意 微商 广告一律踢出，报名加V：x");
        chat.say("viewer", group.chat(), "13800138000 是我的电话");
        chat.say("m_after", group.chat(), "招微商");

        await().untilAsserted(() -> assertThat(warningsFor("m_after")).hasSize(1));
        assertThat(postedIn(redis, group.chat())).noneMatch(p -> p.startsWith("@op_li") || p.startsWith("@viewer"));
        assertThat(chat.say("op_li", group.chat(), "/group violations")).doesNotContain("op_li ").doesNotContain("viewer ");
    }

    @Test
    void ordinaryChatIsLeftAlone() {
        chat.say("m_fine", group.chat(), "今天的新品真不错，价格 2499 元");
        chat.say("m_bad", group.chat(), "扫码进群");
        await().untilAsserted(() -> assertThat(warningsFor("m_bad")).hasSize(1));
        assertThat(warningsFor("m_fine")).isEmpty();
    }

    @Test
    void removingAWordStopsWarningsAndTheGlobalListAppliesToEveryGroup() {
        assertThat(chat.say("op_li", group.chat(), "/group banword remove spam")).contains("已从").contains("spam");
        assertThat(chat.say("op_li", "/群 敏感词 添加 特供酒 group=global")).contains("全局").contains("特供酒");
        Bound other = CommunityTestSupport.bindGroup(groups, "op_li", clock);

        chat.say("m_word", group.chat(), "spam spam");
        chat.say("m_global", other.chat(), "特 供 酒 便宜");
        await().untilAsserted(() -> assertThat(postedIn(redis, other.chat())).anySatisfy(p -> assertThat(p).startsWith("@m_global")));
        assertThat(warningsFor("m_word")).isEmpty();
        assertThat(chat.say("op_li", "/group banword list group=" + group.id())).contains("发票").contains("微商").doesNotContain("spam");
        assertThat(chat.say("op_li", "/group banword remove 特供酒 group=全局")).contains("特供酒");
    }

    @Test
    void aBanwordCommandInADirectChatNeedsTheGroup() {
        assertThat(chat.say("op_li", "/group banword add 词")).contains("group=群名");
        assertThat(chat.say("lily", group.chat(), "/group banword add 词")).contains("抱歉");
    }

    @Test
    void theDailyReportGivesTheGroupsActivityAndWhatModerationCaught() {
        for (int i = 0; i < 8; i++) {
            chat.say("m_talk" + (i % 3), group.chat(), "今天的样品收到了 " + i);
        }
        chat.say("m_ads", group.chat(), "招微商啦");
        await().untilAsserted(() -> assertThat(warningsFor("m_ads")).hasSize(1));

        String report = chat.say("op_li", "/report daily");

        assertThat(report).contains("社群活跃")
                .contains(group.group().name() + "：消息 9，活跃 4 人，签到 0，入群 0，退群 0")
                .contains("社群管理").contains(group.group().name() + "：拦截 1 条，通知群主 0 次");
    }

    private List<String> warningsFor(String member) {
        return postedIn(redis, group.chat()).stream().filter(p -> p.startsWith("@" + member + " ")).toList();
    }
}
