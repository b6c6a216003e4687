package com.daren.reminder;

import com.daren.command.Text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a reminder comes back: every day, every given weekday, or every month on a day, at one local time in the
 * reminder's zone. A monthly day past the month's end (31 in November) falls on the month's last day.
 *
 * @param weekday   for {@link Kind#WEEKLY}, else null
 * @param monthDay  for {@link Kind#MONTHLY} (1–31), else 0
 */
public record Repeat(Kind kind, DayOfWeek weekday, int monthDay, LocalTime time) {

    private static final String[] ZH_WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    public enum Kind { DAILY, WEEKLY, MONTHLY }

    public static Repeat daily(LocalTime time) {
        return new Repeat(Kind.DAILY, null, 0, time);
    }

    public static Repeat weekly(DayOfWeek day, LocalTime time) {
        return new Repeat(Kind.WEEKLY, day, 0, time);
    }

    public static Repeat monthly(int day, LocalTime time) {
        return new Repeat(Kind.MONTHLY, null, day, time);
    }

    /** The first occurrence strictly after {@code after}, in its zone. */
    public ZonedDateTime nextAfter(ZonedDateTime after) {
        ZonedDateTime candidate = on(after, 0);
        for (int step = 1; !candidate.isAfter(after); step++) {
            candidate = on(after, step);
        }
        return candidate;
    }

    private ZonedDateTime on(ZonedDateTime base, int step) {
        return switch (kind) {
            case DAILY -> base.toLocalDate().plusDays(step).atTime(time).atZone(base.getZone());
            case WEEKLY -> {
                int ahead = Math.floorMod(weekday.getValue() - base.getDayOfWeek().getValue(), 7);
                yield base.toLocalDate().plusDays(ahead + 7L * step).atTime(time).atZone(base.getZone());
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(base).plusMonths(step);
                yield month.atDay(Math.min(monthDay, month.lengthOfMonth())).atTime(time).atZone(base.getZone());
            }
        };
    }

    /** Stored form: {@code daily@09:00}, {@code weekly:FRIDAY@17:00}, {@code monthly:1@09:00}. */
    public String encode() {
        String what = switch (kind) {
            case DAILY -> "daily";
            case WEEKLY -> "weekly:" + weekday;
            case MONTHLY -> "monthly:" + monthDay;
        };
        return what + "@" + time;
    }

    public static Repeat decode(String encoded) {
        int at = encoded.indexOf('@');
        LocalTime time = LocalTime.parse(encoded.substring(at + 1));
        String what = encoded.substring(0, at);
        if (what.equals("daily")) {
            return daily(time);
        }
        String arg = what.substring(what.indexOf(':') + 1);
        return what.startsWith("weekly") ? weekly(DayOfWeek.valueOf(arg), time) : monthly(Integer.parseInt(arg), time);
    }

    public Text describe() {
        return switch (kind) {
            case DAILY -> Text.of("每天 " + time, "every day at " + time);
            case WEEKLY -> Text.of("每周" + ZH_WEEKDAYS[weekday.getValue() - 1] + " " + time,
                    "every " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time);
            case MONTHLY -> Text.of("每月" + monthDay + "号 " + time, "every month on day " + monthDay + " at " + time);
        };
    }
}
