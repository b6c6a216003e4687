package com.daren.bot.community;

import com.daren.bot.DarenIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Groups from chat, welcome batching, leaves and activity, all through the simulator on embedded Redis. */
@DarenIntegrationTest
@TestPropertySource(properties = "daren.community.welcome.window=PT2S")
class GroupCommandsTest {

    @LocalServerPort
    int port;

    private GroupSim sim;
    private String group;

    @BeforeEach
    void setUp() {
        sim = new GroupSim(port);
        group = "g-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void bindingInAGroupMakesTheOperatorWhoBoundItTheOwner() {
        String bound = sim.say("op_li", group, "/group bind 美妆达人群");

        assertThat(bound).contains("已绑定群「美妆达人群」").contains("负责人 op_li").contains("sim:" + group);
        assertThat(sim.say("op_li", group, "/群 查看")).contains("美妆达人群").contains("负责人：op_li");
        assertThat(sim.say("operator", "/group list")).contains("美妆达人群");
    }

    @Test
    void bindingTheSameGroupAgainUpdatesItInsteadOfMakingASecond() {
        sim.say("op_li", group, "/group bind first");
        String again = sim.say("op_li", group, "/group bind second tags=beauty,KOC");

        assertThat(again).contains("已更新群「second」").contains("beauty,koc");
    }

    @Test
    void aGroupCommandOutsideAnyGroupAsksWhichGroup() {
        assertThat(sim.say("op_li", "/group rules")).contains("请在群里发送").contains("group=");
        assertThat(sim.say("op_li", "/group show nosuchgroup")).contains("没有找到群「nosuchgroup」");
        assertThat(sim.say("op_li", group, "/group rules")).contains("还没有绑定");
    }

    @Test
    void rulesAndWelcomeAreSetFromChatAndPreviewed() {
        sim.say("op_li", group, "/group bind 护肤群");

        assertThat(sim.say("op_li", group, "/group rules 不发广告，不加私聊")).contains("已更新").contains("不发广告，不加私聊");
        String preview = sim.say("op_li", group, "/group welcome 欢迎新朋友！先看群公告");
        assertThat(preview).contains("@新成员").contains("欢迎新朋友！先看群公告").contains("群规：不发广告，不加私聊");
        assertThat(sim.say("op_li", group, "/group welcome 默认")).contains("欢迎加入「护肤群」");
    }

    @Test
    void aGuestCannotBindAGroup() {
        assertThat(sim.say("lily_guest", group, "/group bind")).contains("抱歉");
        assertThat(sim.say("operator", "/group show " + group)).contains("没有找到");
    }

    @Test
    void thirtyJoinsInABurstGetOneCombinedWelcome() {
        sim.say("op_li", group, "/group bind 新人群");
        sim.say("op_li", group, "/group rules 友好交流");

        // 30 members join at once (as when an invitation link is shared), each a separate event.
        java.util.stream.IntStream.rangeClosed(1, 30).parallel().forEach(i -> sim.join(group, "m" + i, "达人" + i));

        await().atMost(Duration.ofSeconds(15)).until(() -> welcomes().size() == 1);
        String welcome = welcomes().get(0).text();
        for (int i = 1; i <= 30; i++) {
            assertThat(welcome).contains("@达人" + i + " ");
        }
        assertThat(welcome).contains("欢迎加入「新人群」").contains("群规：友好交流");
        // Nothing else follows: the burst was one welcome.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> welcomes().size() == 1);
    }

    @Test
    void aJoinAfterTheWelcomeGetsItsOwnAndAKnownMemberIsNotWelcomedTwice() {
        sim.say("op_li", group, "/group bind");
        sim.join(group, "amy", "Amy");
        await().atMost(Duration.ofSeconds(10)).until(() -> welcomes().size() == 1);

        sim.join(group, "amy", "Amy");
        sim.join(group, "bob", "Bob");

        await().atMost(Duration.ofSeconds(10)).until(() -> welcomes().size() == 2);
        assertThat(welcomes().get(1).text()).contains("@Bob").doesNotContain("@Amy");
    }

    @Test
    void leavesAndMessagesAreCountedInTheStats() {
        sim.say("op_li", group, "/group bind 统计群");
        sim.join(group, "amy", "Amy");
        sim.join(group, "bob", "Bob");
        sim.say("amy", group, "大家好");
        sim.say("amy", group, "今天有新品吗");
        sim.say("bob", group, "有的");
        sim.leave(group, "bob");

        String stats = sim.say("op_li", group, "/group stats");
        assertThat(stats).contains("近 7 天").containsPattern("[▁▂▃▄▅▆▇█]{7}")
                .contains("入群 2").contains("退群 1").contains("消息 3").contains("活跃 2");
        assertThat(sim.say("op_li", group, "/group show")).contains("成员 1");
    }

    @Test
    void aWrongStatsPeriodGetsAUsageLine() {
        sim.say("op_li", group, "/group bind");
        assertThat(sim.say("op_li", group, "/group stats 9d")).contains("周期应为 7d 或 30d");
        assertThat(sim.say("op_en", group, "/group stats 9d")).contains("the period is 7d or 30d");
    }

    @Test
    void aSimulatorEventOfUnknownTypeIsRefused() {
        assertThat(sim.postEvent(Map.of("group", group, "member", "x", "type", "dance"))).isEqualTo(400);
    }

    private java.util.List<GroupSim.Sent> welcomes() {
        return sim.sentTo(group).stream().filter(s -> s.text().contains("欢迎")).toList();
    }
}
