package com.daren.reminder;

import com.daren.command.Lang;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How a resolved time is echoed back: date, weekday, time and zone, so the user can check it. */
public final class ReminderFormat {

    private static final String[] ZH_WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReminderFormat() {
    }

    /** {@code 2026-11-26 周四 10:00 (Asia/Shanghai)} / {@code 2026-11-26 Thu 10:00 (Asia/Shanghai)}. */
    public static String when(ZonedDateTime at, Lang lang) {
        String weekday = lang == Lang.ZH ? ZH_WEEKDAYS[at.getDayOfWeek().getValue() - 1]
                : at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return DATE.format(at) + " " + weekday + " " + TIME.format(at) + " (" + at.getZone().getId() + ")";
    }
}
