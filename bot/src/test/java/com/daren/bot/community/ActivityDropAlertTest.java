package com.daren.bot.community;

import com.daren.testkit.SettableClock;
import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.community.activity.DropAlert;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily interaction check with the app's clock under the test's control: a week of 10 messages a day, then a
 * day with 5 (−50 %) alerts the owner once at the configured local time (23:30 Asia/Shanghai); a day at −10 % does
 * not. The timer runs for real; only the clock is the test's.
 */
@DarenIntegrationTest
@org.springframework.context.annotation.Import(ActivityDropAlertTest.Clocks.class)
class ActivityDropAlertTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final SettableClock CLOCK = new SettableClock(at(DAY.minusDays(8), 10, 0));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    GroupStore groups;

    @Autowired
    DropAlert dropAlert;

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), SHANGHAI).toInstant();
    }

    @Test
    void aDayHalfAsBusyAsTheWeekBeforeAlertsTheOwnerOnceAtTheCheckTime() {
        GroupSim sim = new GroupSim(port);
        CLOCK.set(at(DAY.minusDays(8), 10, 0));
        sim.say("op_li", "drop-a", "/group bind 掉线群");
        sim.say("op_li", "drop-b", "/group bind 稳定群");
        for (int d = 7; d >= 1; d--) {
            CLOCK.set(at(DAY.minusDays(d), 12, 0));
            chat(sim, "drop-a", 10);
            chat(sim, "drop-b", 10);
        }
        CLOCK.set(at(DAY, 12, 0));
        chat(sim, "drop-a", 5);
        chat(sim, "drop-b", 9);

        assertThat(alerts(sim)).as("nothing before the check time").isEmpty();
        CLOCK.set(at(DAY, 23, 30).plusSeconds(1));

        await().atMost(Duration.ofSeconds(15)).until(() -> !alerts(sim).isEmpty());
        assertThat(alerts(sim)).singleElement().asString().contains("掉线群").contains("今日互动 5").contains("低 50%");

        Group a = groups.resolve("掉线群").orElseThrow();
        assertThat(dropAlert.check(a, DAY)).as("at most once a day").isFalse();
        CLOCK.set(at(DAY, 23, 50));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> alerts(sim).size() == 1);
        assertThat(alerts(sim)).noneMatch(t -> t.contains("稳定群"));
    }

    private static void chat(GroupSim sim, String group, int messages) {
        for (int i = 0; i < messages; i++) {
            sim.say("member" + (i % 3), group, "消息 " + i);
        }
    }

    private static List<String> alerts(GroupSim sim) {
        return sim.sentDirectlyTo("op_li").stream().map(GroupSim.Sent::text).filter(t -> t.contains("今日互动")).toList();
    }
}
