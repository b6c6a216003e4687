package com.daren.scheduler;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Cron times in the job's zone (Shanghai has no daylight saving), across midnight and the week's turn. */
class CronTimesTest {

    private static final ScheduleProperties.Cron DAILY = new ScheduleProperties.Cron("0 0 18 * * ?", ZoneId.of("Asia/Shanghai"));
    private static final ScheduleProperties.Cron WEEKLY = new ScheduleProperties.Cron("0 0 9 ? * MON", ZoneId.of("Asia/Shanghai"));

    @Test
    void justBeforeMidnightTheNextDailyRunIsTomorrowsAndTheLastIsTodays() {
        Instant beforeMidnight = Instant.parse("2026-11-25T15:59:59Z"); // 23:59:59 in Shanghai
        assertThat(CronDispatcher.nextFireAfter(DAILY, beforeMidnight)).contains(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(CronDispatcher.lastFireBefore(DAILY, beforeMidnight)).contains(Instant.parse("2026-11-25T10:00:00Z"));
        Instant afterMidnight = Instant.parse("2026-11-25T16:00:01Z");
        assertThat(CronDispatcher.lastFireBefore(DAILY, afterMidnight)).contains(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void theWeeklyReportIsMondayNineInShanghaiWhichIsSundayInUtc() {
        Instant sundayUtc = Instant.parse("2026-11-29T20:00:00Z"); // Monday 04:00 in Shanghai
        assertThat(CronDispatcher.nextFireAfter(WEEKLY, sundayUtc)).contains(Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(CronDispatcher.lastFireBefore(WEEKLY, sundayUtc)).contains(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void theScheduledMinuteItselfCountsAsTheLastFiring() {
        Instant six = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(CronDispatcher.lastFireBefore(DAILY, six)).contains(six);
    }
}
