package com.daren.bot.wecom.external;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WeCom's per-customer cap periods, laid on the calendar in China time. */
class CapPeriodTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void oneADayStartsAtMidnightChinaTime() {
        CapPeriod daily = new CapPeriod(Period.ofDays(1), 1, CHINA);
        // 2025-03-04 23:30 UTC is already March 5th in China.
        CapPeriod.Window w = daily.windowAt(Instant.parse("2025-03-04T23:30:00Z"));
        assertThat(w).isEqualTo(new CapPeriod.Window(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6), 1));
        assertThat(daily.startOf(w.end())).isEqualTo(Instant.parse("2025-03-05T16:00:00Z"));
    }

    @Test
    void sevenAWeekRunsMondayToSunday() {
        CapPeriod weekly = new CapPeriod(Period.ofDays(7), 7, CHINA);
        CapPeriod.Window w = weekly.windowAt(Instant.parse("2025-03-08T04:00:00Z")); // a Saturday
        assertThat(w.start()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(w.end()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(weekly.windowAt(Instant.parse("2025-03-09T15:59:59Z")).start()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(weekly.windowAt(Instant.parse("2025-03-09T16:00:00Z")).start()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(new CapPeriod(Period.ofWeeks(1), 7, CHINA).windowAt(Instant.parse("2025-03-08T04:00:00Z"))).isEqualTo(w);
    }

    @Test
    void monthlyRulesUseTheCalendarMonth() {
        CapPeriod older = new CapPeriod(Period.ofMonths(1), 4, CHINA);
        assertThat(older.windowAt(Instant.parse("2025-02-14T00:00:00Z")))
                .isEqualTo(new CapPeriod.Window(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), 4));
    }

    @Test
    void zeroMeansAsManyAsThePeriodHasDays() {
        CapPeriod current = new CapPeriod(Period.ofMonths(1), 0, CHINA);
        assertThat(current.windowAt(Instant.parse("2025-02-14T00:00:00Z")).cap()).isEqualTo(28);
        assertThat(current.windowAt(Instant.parse("2024-02-14T00:00:00Z")).cap()).isEqualTo(29);
        assertThat(current.windowAt(Instant.parse("2025-03-14T00:00:00Z")).cap()).isEqualTo(31);
        assertThat(new CapPeriod(Period.ofDays(7), 0, CHINA).windowAt(Instant.now()).cap()).isEqualTo(7);
    }

    @Test
    void quartersAndYearsAreWholeMonths() {
        CapPeriod quarterly = new CapPeriod(Period.ofMonths(3), 12, CHINA);
        assertThat(quarterly.windowAt(Instant.parse("2025-05-20T00:00:00Z")).start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(new CapPeriod(Period.ofYears(1), 50, CHINA).windowAt(Instant.parse("2025-05-20T00:00:00Z")).end())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void mixedOrEmptyPeriodsAreRefused() {
        assertThatThrownBy(() -> new CapPeriod(Period.of(0, 1, 3), 1, CHINA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapPeriod(Period.ZERO, 1, CHINA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapPeriod(Period.ofDays(-1), 1, CHINA)).isInstanceOf(IllegalArgumentException.class);
    }
}
