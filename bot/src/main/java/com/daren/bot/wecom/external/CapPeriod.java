package com.daren.bot.wecom.external;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * WeCom's rule for how many company messages one customer may receive: {@code count} per {@code period}, with
 * periods laid end to end on the calendar (days from a Monday, so P7D is Monday to Sunday; months from January).
 *
 * @param count 0 = as many as the period has days ("about one a day")
 */
record CapPeriod(Period period, int count, ZoneId zone) {

    /** A Monday; day-based periods are counted from here so weeks start on Mondays. */
    private static final LocalDate DAY_ANCHOR = LocalDate.of(1970, 1, 5);

    /** One period: from {@code start} (inclusive) to {@code end} (exclusive), in local dates. */
    record Window(LocalDate start, LocalDate end, int cap) {
    }

    CapPeriod {
        if (!isUsable(period)) {
            throw new IllegalArgumentException("cap period must be whole days or whole months: " + period);
        }
        if (count < 0) {
            throw new IllegalArgumentException("cap must not be negative: " + count);
        }
    }

    static boolean isUsable(Period period) {
        boolean days = period.getDays() > 0 && period.toTotalMonths() == 0;
        boolean months = period.getDays() == 0 && period.toTotalMonths() > 0;
        return days || months;
    }

    Window windowAt(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        LocalDate start;
        LocalDate end;
        if (period.toTotalMonths() > 0) {
            long months = period.toTotalMonths();
            long index = day.getYear() * 12L + day.getMonthValue() - 1;
            long first = index - Math.floorMod(index, months);
            start = LocalDate.of((int) (first / 12), (int) (first % 12) + 1, 1);
            end = start.plusMonths(months);
        } else {
            long days = period.getDays();
            long offset = ChronoUnit.DAYS.between(DAY_ANCHOR, day);
            start = DAY_ANCHOR.plusDays(offset - Math.floorMod(offset, days));
            end = start.plusDays(days);
        }
        int cap = count > 0 ? count : (int) ChronoUnit.DAYS.between(start, end);
        return new Window(start, end, cap);
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
