package com.daren.bot.deadline;

import com.daren.testkit.SettableClock;
import com.daren.bot.SimulatorClient;
import com.daren.bot.TimedIntegrationTest;
import com.daren.scheduler.CronDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deadlines and contract ends through the simulator, the real timer and real Redis, with the clock moved by the test. */
@TimedIntegrationTest
class DeadlineFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;
    @Autowired
    CronDispatcher cron;

    SimulatorClient chat;
    String h;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-25T07:10:00Z")); // Wednesday 15:10 in Shanghai
        chat = new SimulatorClient(port);
        h = "dl" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aDeadlineNudgesInfluencerAndOwnerThreeDaysAheadAndDeliveryStopsTheRestAndCountsOnTime() {
        chat.say("operator", "/daren add @" + h + " platform=douyin followers=5000 owner=op_li sim=inf_" + h);
        String set = chat.say("operator", "/daren deadline @" + h + " 2026-12-01 视频交稿");
        assertThat(set).contains("2026-12-01（周二）").contains("2026-11-28、2026-11-30、2026-12-02");
        String id = id(set);

        clock.set(Instant.parse("2026-11-28T01:00:00Z")); // 09:00 on 11-28
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("「视频交稿」将在 2026-12-01 到期，还有 3 天")
                && outbox().contains("3 天后到期：@" + h));
        assertThat(outbox()).containsPattern("\"recipientId\":\"inf_" + h + "\"[^}]*还有 3 天");
        assertThat(outbox()).containsPattern("\"recipientId\":\"op_li\"[^}]*3 天后到期：@" + h);

        assertThat(chat.say("operator", "/deadline done " + id)).contains("已交付 #" + id).contains("按时 ✅");
        assertThat(chat.say("operator", "/deadline done " + id)).contains("没有进行中的截止 #" + id);
        clock.set(Instant.parse("2026-11-30T01:00:00Z"));
        pause();
        assertThat(outbox()).doesNotContain("明天到期：@" + h);
        assertThat(chat.say("operator", "/daren show @" + h)).contains("按时交付：1/1 (100%)");
    }

    @Test
    void anOptedOutInfluencerGetsNothingButTheOwnerHearsItIsOverdue() {
        chat.say("operator", "/daren add @" + h + " platform=douyin followers=5000 owner=op_li sim=inf_" + h);
        chat.say("operator", "/daren status @" + h + " opted_out");
        String set = chat.say("operator", "/daren deadline @" + h + " 2026-11-26 寄回样品");
        assertThat(set).contains("只提醒负责人");
        clock.set(Instant.parse("2026-11-27T01:00:00Z")); // the day after: overdue
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("已逾期：@" + h));
        pause();
        assertThat(outbox()).doesNotContainPattern("\"recipientId\":\"inf_" + h + "\"[^}]*寄回样品");
        assertThat(chat.say("viewer", "/report daily")).contains("即将到期");
    }

    @Test
    void aPastDateIsRefusedWithTheReason() {
        chat.say("operator", "/daren add @" + h + " platform=douyin followers=5000");
        assertThat(chat.say("operator", "/daren deadline @" + h + " 2026-11-20 视频")).contains("日期已过：2026-11-20（今天是 2026-11-25）");
        assertThat(chat.say("operator", "/daren deadline @" + h + " 明天 视频")).contains("日期应为 2026-12-01");
    }

    @Test
    void aContractEndingWithinThirtyDaysAlertsItsOwnerOncePerEndDate() {
        chat.say("operator", "/daren add @" + h + " platform=douyin followers=5000 owner=op_li contract=2026-12-20");
        Instant first = Instant.parse("2026-11-26T01:30:00Z");
        clock.set(first);
        cron.fire("contract-alerts", first);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("@" + h + "（"));
        Instant next = Instant.parse("2026-11-27T01:30:00Z");
        clock.set(next);
        cron.fire("contract-alerts", next);
        pause();
        String box = outbox();
        assertThat(box.split(Pattern.quote("合同将到期：@" + h), -1).length - 1).isEqualTo(1);
        assertThat(box).contains("2026-12-20 到期，还有 24 天");
    }

    private static String id(String reply) {
        Matcher m = Pattern.compile("#(\\d+)").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group(1);
    }

    private static void pause() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String outbox() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sim/outbox"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
