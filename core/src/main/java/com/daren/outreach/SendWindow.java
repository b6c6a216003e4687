package com.daren.outreach;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a sequence may send: a daily window in a time zone (default 09:30–21:00 Asia/Shanghai), optionally on
 * weekends, or all day. Nothing goes out at night.
 */
public record SendWindow(LocalTime start, LocalTime end, ZoneId zone, boolean weekends, boolean allDay) {

    public static final SendWindow DEFAULT = new SendWindow(LocalTime.of(9, 30), LocalTime.of(21, 0),
            ZoneId.of("Asia/Shanghai"), false, false);

    public static final SendWindow ALWAYS = new SendWindow(LocalTime.MIN, LocalTime.MAX, ZoneId.of("Asia/Shanghai"), true, true);

    public SendWindow {
        if (!allDay && !start.isBefore(end)) {
            throw new IllegalArgumentException("window start " + start + " must be before its end " + end);
        }
    }

    public boolean isOpen(Instant at) {
        if (allDay) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        if (!weekends && isWeekend(local.getDayOfWeek())) {
            return false;
        }
        LocalTime t = local.toLocalTime();
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** {@code at} itself when open, else the next moment the window opens. */
    public Instant nextOpen(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime candidate = local.toLocalTime().isBefore(start)
                ? local.with(start) : local.plusDays(1).with(start);
        while (!weekends && isWeekend(candidate.getDayOfWeek())) {
            candidate = candidate.plusDays(1).with(start);
        }
        return candidate.toInstant();
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
