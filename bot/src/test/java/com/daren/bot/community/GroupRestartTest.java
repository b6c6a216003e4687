package com.daren.bot.community;

import com.daren.bot.DarenApplication;
import com.daren.bot.redis.EmbeddedRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restart in the middle of a burst of joins and of a broadcast: instance A takes the joins and starts the
 * broadcast, stops; instance B, on the same Redis, finishes both. Nothing is lost and nothing goes out twice.
 */
class GroupRestartTest {

    private static EmbeddedRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.start("");
    }

    @AfterAll
    static void stopRedis() {
        redis.stop();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DarenApplication.class).run(
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.port(),
                "--server.port=0",
                "--daren.templates.folder=",
                "--daren.redis.embedded.data-dir=",
                // long enough that the burst's welcome is still waiting when A stops
                "--daren.community.welcome.window=PT20S",
                // 2 simulator posts per 4 s: the broadcast is mid-way when A stops
                "--daren.community.broadcast.window=PT4S",
                "--daren.community.broadcast.sim-limit=2",
                "--daren.scheduler.lease=PT5S");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aRestartMidBurstAndMidBroadcastLosesNothingAndSendsNothingTwice() throws Exception {
        List<String> groups = IntStream.rangeClosed(1, 6).mapToObj(i -> "restart-" + i).toList();
        ConfigurableApplicationContext a = start();
        GroupSim simA = new GroupSim(port(a));
        for (String g : groups) {
            simA.say("op_li", g, "/group bind " + g + " tags=restart");
        }
        IntStream.rangeClosed(1, 15).parallel().forEach(i -> simA.join("restart-1", "r" + i, "新人" + i));
        String preview = simA.say("op_li", "/broadcast restart 本周寄样名单已更新");
        String id = preview.replaceAll("(?s).*广播 #(\\d+).*", "$1");
        assertThat(simA.say("op_li", "/broadcast confirm " + id)).contains("已确认");
        await().atMost(Duration.ofSeconds(20)).until(() -> broadcastPosts(simA).size() >= 2);
        Thread.sleep(300); // let the handler release the item for the next window before stopping
        int sentBeforeRestart = broadcastPosts(simA).size();
        a.close();
        assertThat(sentBeforeRestart).as("A stopped mid-broadcast").isBetween(2, 5);

        ConfigurableApplicationContext b = start();
        try {
            GroupSim simB = new GroupSim(port(b));
            await().atMost(Duration.ofSeconds(60)).until(() -> simB.sentDirectlyTo("op_li").stream()
                    .anyMatch(m -> m.text().contains("广播 #" + id + " 完成")));
            Map<String, Long> perGroup = broadcastPosts(simB).stream()
                    .collect(Collectors.groupingBy(GroupSim.Sent::chatId, Collectors.counting()));
            assertThat(perGroup).as("every group once").hasSize(6).allSatisfy((g, n) -> assertThat(n).isEqualTo(1L));
            assertThat(simB.sentDirectlyTo("op_li")).anySatisfy(m -> assertThat(m.text()).contains("6 个群，已发 6"));

            await().atMost(Duration.ofSeconds(40)).until(() -> welcomes(simB).size() == 1);
            String welcome = welcomes(simB).get(0).text();
            IntStream.rangeClosed(1, 15).forEach(i -> assertThat(welcome).contains("@新人" + i + " "));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> welcomes(simB).size() == 1);
        } finally {
            b.close();
        }
    }

    private static List<GroupSim.Sent> broadcastPosts(GroupSim sim) {
        return broadcastPosts(sim.outbox());
    }

    private static List<GroupSim.Sent> broadcastPosts(List<GroupSim.Sent> outbox) {
        return outbox.stream().filter(m -> m.chatId() != null && m.text().contains("本周寄样名单已更新")).toList();
    }

    private static List<GroupSim.Sent> welcomes(GroupSim sim) {
        return sim.sentTo("restart-1").stream().filter(m -> m.text().contains("欢迎加入")).toList();
    }
}
