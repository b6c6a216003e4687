package com.daren.bot.schedule;

import com.daren.testkit.SettableClock;
import com.daren.bot.SimulatorClient;
import com.daren.bot.TimedIntegrationTest;
import com.daren.scheduler.CronDispatcher;
import com.daren.scheduler.DueWorkRunner;
import com.daren.scheduler.ScheduleBook;
import com.daren.scheduler.ScheduleProperties;
import com.daren.scheduler.ScheduledJob;
import com.daren.timer.DueQueue;
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
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily report as a cron job, with the real timer on real Redis and the application's clock moved by the test.
 * A second scheduler instance is a second dispatcher and timer runner on the same Redis, firing the same tick, as a
 * second process's in-memory Quartz would; a restart at the scheduled minute is a dispatcher's start-up catch-up.
 */
@TimedIntegrationTest
class ReportScheduleFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;
    @Autowired
    DueQueue queue;
    @Autowired
    ScheduleBook book;
    @Autowired
    List<ScheduledJob> jobs;
    @Autowired
    ScheduleProperties properties;
    @Autowired
    CronDispatcher dispatcher;

    SimulatorClient chat;

    @BeforeEach
    void setUp() {
        chat = new SimulatorClient(port);
        chat.say("operator", "/schedule resume daily-report");
    }

    @Test
    void twoInstancesFiringTheSameTickSendOneReportToEachOperator() {
        Instant sixPm = Instant.parse("2026-11-25T10:00:00Z"); // 18:00 in Shanghai
        clock.set(sixPm.minusSeconds(60));
        chat.say("operator", "/daren add @rep" + UUID.randomUUID().toString().substring(0, 6) + " platform=douyin followers=5000");
        clock.set(sixPm);
        CronDispatcher second = new CronDispatcher(queue, book, jobs, properties, clock);
        try (DueWorkRunner secondRunner = new DueWorkRunner(queue, List.of(second), clock, Duration.ofMinutes(2), 2)) {
            boolean first = dispatcher.fire("daily-report", sixPm);
            boolean other = second.fire("daily-report", sixPm);
            assertThat(List.of(first, other)).containsExactlyInAnyOrder(true, false);
            secondRunner.tick();
            await().atMost(Duration.ofSeconds(10)).until(() -> count(outbox(), "【达人日报 2026-11-25】") == 2);
            pause();
            secondRunner.tick();
        }
        String box = outbox();
        assertThat(count(box, "【达人日报 2026-11-25】")).as("operator and op_li, once each").isEqualTo(2);
        assertThat(count(box, "[Daily report 2026-11-25]")).as("op_en, in English").isEqualTo(1);
        assertThat(box).contains("新增达人").contains("新增 1 位");
        assertThat(chat.say("viewer", "/schedule list")).contains("daily-report（0 0 18 * * ?，Asia/Shanghai）")
                .contains("上次：2026-11-25 周三 18:00 (Asia/Shanghai) → ok（sent 3）")
                .contains("下次：2026-11-26 周四 18:00 (Asia/Shanghai)");
    }

    @Test
    void aRestartAtTheScheduledMinuteRunsTheMissedFiringOnce() {
        clock.set(Instant.parse("2026-11-26T10:00:40Z")); // 18:00:40: the instance was down at 18:00:00
        new CronDispatcher(queue, book, jobs, properties, clock).catchUp();
        new CronDispatcher(queue, book, jobs, properties, clock).catchUp(); // another instance starting too
        await().atMost(Duration.ofSeconds(10)).until(() -> count(outbox(), "【达人日报 2026-11-26】") == 2);
        pause();
        assertThat(count(outbox(), "【达人日报 2026-11-26】")).isEqualTo(2);
    }

    @Test
    void aPausedJobIsSkippedOnEveryInstanceAndSaysSo() {
        assertThat(chat.say("op_li", "/schedule pause daily-report")).contains("权限");
        assertThat(chat.say("operator", "/schedule pause daily-report")).contains("已暂停定时任务 daily-report");
        Instant fire = Instant.parse("2026-11-27T10:00:00Z");
        clock.set(fire);
        dispatcher.fire("daily-report", fire);
        await().atMost(Duration.ofSeconds(10)).until(() -> chat.say("viewer", "/schedule list")
                .contains("2026-11-27 周五 18:00 (Asia/Shanghai) → skipped（paused）"));
        assertThat(chat.say("viewer", "/schedule list")).contains("【已暂停】");
        assertThat(outbox()).doesNotContain("【达人日报 2026-11-27】");
        assertThat(chat.say("operator", "/schedule resume daily-report")).contains("已恢复");
    }

    @Test
    void aReportOnDemandHasTheSectionsAndAnUnknownKindGetsTheUsage() {
        clock.set(Instant.parse("2026-11-25T07:10:00Z"));
        assertThat(chat.say("viewer", "/report daily")).contains("【达人日报 2026-11-25】").contains("新增达人")
                .contains("跟进序列");
        assertThat(chat.say("viewer", "/report weekly")).contains("【达人周报 2026-11-18 – 2026-11-25】");
        assertThat(chat.say("viewer", "/report monthly")).contains("应为 daily 或 weekly").contains("用法");
    }

    private static void pause() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1L;
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
