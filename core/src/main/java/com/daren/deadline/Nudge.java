package com.daren.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The reminders a deadline gets: three days before, the day before, and the day after it (overdue). */
public enum Nudge {
    THREE_DAYS_BEFORE(-3), DAY_BEFORE(-1), OVERDUE(1);

    private final int days;

    Nudge(int days) {
        this.days = days;
    }

    /** When it goes out: that day at {@code at} in the team's zone. */
    public Instant at(LocalDate due, LocalTime at, ZoneId zone) {
        return due.plusDays(days).atTime(at).atZone(zone).toInstant();
    }

    public String itemId(String deadlineId) {
        return deadlineId + ":" + name();
    }

    public static String deadlineOf(String itemId) {
        return itemId.substring(0, itemId.indexOf(':'));
    }

    public static Nudge of(String itemId) {
        return valueOf(itemId.substring(itemId.indexOf(':') + 1));
    }
}
