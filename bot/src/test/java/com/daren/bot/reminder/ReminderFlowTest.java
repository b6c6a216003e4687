package com.daren.bot.reminder;

import com.daren.testkit.SettableClock;
import com.daren.bot.TimedIntegrationTest;
import com.daren.bot.SimulatorClient;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /remind through the simulator with the real timer (Quartz ticking every second) on real Redis, and the
 * application's clock moved by the test: Shanghai time, which has no daylight saving.
 */
@TimedIntegrationTest
class ReminderFlowTest {

    /** Wednesday 2026-11-25 15:10 in Shanghai. */
    static final Instant WEDNESDAY_1510 = Instant.parse("2026-11-25T07:10:00Z");

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    SimulatorClient chat;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY_1510);
        chat = new SimulatorClient(port);
    }

    @Test
    void aReminderEchoesItsExactTimeAndFiresOnceWhenItComes() {
        String reply = chat.say("alice", "/remind 明天上午10点 交稿A");
        assertThat(reply).contains("2026-11-26 周四 10:00 (Asia/Shanghai)").contains("交稿A");
        assertThat(chat.say("alice", "/remind list")).contains("交稿A");

        clock.set(Instant.parse("2026-11-26T01:59:00Z"));
        pause(Duration.ofMillis(2500));
        assertThat(outbox()).doesNotContain("提醒：交稿A");

        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("提醒：交稿A"));
        pause(Duration.ofMillis(2500));
        assertThat(count(outbox(), "提醒：交稿A")).isEqualTo(1);
        assertThat(chat.say("alice", "/remind list")).doesNotContain("交稿A");
    }

    @Test
    void aDailyReminderSetJustBeforeMidnightFiresAtMidnightAndMovesToTheNextDay() {
        clock.set(Instant.parse("2026-11-25T15:59:00Z")); // 23:59 in Shanghai
        assertThat(chat.say("carol", "/remind 每天0点 打卡B")).contains("2026-11-26 周四 00:00").contains("每天 00:00");
        clock.set(Instant.parse("2026-11-25T16:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("提醒：打卡B"));
        await().atMost(Duration.ofSeconds(5)).until(() -> chat.say("carol", "/remind list").contains("2026-11-27 周五 00:00"));
    }

    @Test
    void anAmbiguousHourIsAskedAndAPastTimeRefusedWithTheReason() {
        String asked = chat.say("dave", "/remind 3点 开会C");
        assertThat(asked).contains("2026-11-26 周四 03:00").contains("2026-11-26 周四 15:00")
                .contains("/remind 2026-11-26 15:00 开会C");
        assertThat(chat.say("dave", "/remind list")).doesNotContain("开会C");
        assertThat(chat.say("dave", "/remind 今天上午9点 开会C")).contains("时间已过：2026-11-25 09:00").contains("用法");
        assertThat(chat.say("dave", "/remind 2026-11-26 15:00 开会C")).contains("2026-11-26 周四 15:00");
    }

    @Test
    void englishPhrasesWorkAndAGroupReminderGoesToTheGroup() {
        assertThat(chat.say("erin", "/remind tomorrow 9am standup D")).contains("2026-11-26 周四 09:00 (Asia/Shanghai)").contains("standup D");
        String set = chat.say("erin", "grp-r", "/remind in 2 hours 群会E group");
        assertThat(set).contains("2026-11-25 周三 17:10").contains("全群");
        clock.set(Instant.parse("2026-11-25T09:10:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("提醒：群会E"));
        assertThat(outbox()).containsPattern("\"chatId\":\"grp-r\"[^}]*提醒：群会E|提醒：群会E[^}]*\"chatId\":\"grp-r\"");
    }

    @Test
    void onlyWhoeverSetItOrAnOperatorCancelsAndACancelledOneNeverFires() {
        String set = chat.say("frank", "/remind 半小时后 喝水F");
        String id = id(set);
        assertThat(chat.say("grace", "/remind cancel " + id)).contains("只有设提醒的人或运营可以取消");
        assertThat(chat.say("frank", "/remind cancel " + id)).contains("已取消提醒 #" + id);
        clock.set(WEDNESDAY_1510.plus(Duration.ofHours(1)));
        pause(Duration.ofMillis(2500));
        assertThat(outbox()).doesNotContain("提醒：喝水F");
    }

    private static String id(String reply) {
        Matcher m = Pattern.compile("#(\\d+)").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group(1);
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1L;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
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
