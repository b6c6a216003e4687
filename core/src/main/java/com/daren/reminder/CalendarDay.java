package com.daren.reminder;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day part of a phrase (明天, 下周一, 月底, 12月1号, next friday, 2026-12-01), read against today.
 *
 * @param options  one day, or two when the words fit both (周一 said on a Monday: today or in a week?)
 * @param part     a part of day the word carries (今晚 → evening, 明早 → morning)
 * @param invalid  a day that does not exist (11月31号): the reason, in the words the user wrote
 */
record CalendarDay(List<LocalDate> options, ClockTime.DayPart part, String invalid) {

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("一", DayOfWeek.MONDAY), Map.entry("二", DayOfWeek.TUESDAY), Map.entry("三", DayOfWeek.WEDNESDAY),
            Map.entry("四", DayOfWeek.THURSDAY), Map.entry("五", DayOfWeek.FRIDAY), Map.entry("六", DayOfWeek.SATURDAY),
            Map.entry("日", DayOfWeek.SUNDAY), Map.entry("天", DayOfWeek.SUNDAY),
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    static final String ZH_WEEKDAY = "(?:周|星期|礼拜)([一二三四五六日天])";
    static final String EN_WEEKDAY = "(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs)?(?![a-z])";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[t\\s]+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(大后天)|(后天|the day after tomorrow|day after tomorrow)|(明天|明日|tomorrow|明早|明晚)|(今天|今日|today|今早|今晚|今夜|tonight)");
    private static final Pattern NEXT_WEEK = Pattern.compile("下个?" + ZH_WEEKDAY + "|next\\s+" + EN_WEEKDAY);
    private static final Pattern THIS_WEEK = Pattern.compile("(?:本|这)个?" + ZH_WEEKDAY + "|this\\s+" + EN_WEEKDAY);
    private static final Pattern WEEKDAY = Pattern.compile(ZH_WEEKDAY + "|(?:on\\s+)?" + EN_WEEKDAY);
    private static final Pattern MONTH_END = Pattern.compile("月底|月末|(?:at\\s+the\\s+)?end\\s+of\\s+(?:the\\s+)?month");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(下个?月)|(\\d{1,2})月)?(\\d{1,2})[号日]");

    /** The hour and minute an ISO date-time carried (2026-12-01T09:00), read together with its day. */
    record WithClock(CalendarDay day, Optional<ClockTime> clock) {
    }

    static Optional<WithClock> read(PhraseCursor cursor, LocalDate today) {
        Optional<Matcher> iso = cursor.take(ISO);
        if (iso.isPresent()) {
            Matcher m = iso.get();
            Optional<ClockTime> clock = m.group(4) == null ? Optional.empty() : Optional.of(new ClockTime(
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), ClockTime.DayPart.NONE, true));
            return Optional.of(new WithClock(date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group()), clock));
        }
        return readDay(cursor, today).map(day -> new WithClock(day, Optional.empty()));
    }

    private static Optional<CalendarDay> readDay(PhraseCursor cursor, LocalDate today) {
        Optional<Matcher> relative = cursor.take(RELATIVE);
        if (relative.isPresent()) {
            Matcher m = relative.get();
            int days = m.group(1) != null ? 3 : m.group(2) != null ? 2 : m.group(3) != null ? 1 : 0;
            String word = m.group();
            ClockTime.DayPart part = word.endsWith("早") ? ClockTime.DayPart.MORNING
                    : word.endsWith("晚") || word.endsWith("夜") || word.equals("tonight") ? ClockTime.DayPart.EVENING
                    : ClockTime.DayPart.NONE;
            return Optional.of(new CalendarDay(List.of(today.plusDays(days)), part, null));
        }
        Optional<Matcher> next = cursor.take(NEXT_WEEK);
        if (next.isPresent()) {
            DayOfWeek day = weekday(next.get());
            LocalDate nextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(day);
            LocalDate coming = today.with(TemporalAdjusters.next(day));
            boolean english = next.get().group().startsWith("next");
            // 下周五 is always next week's; "next friday" said early in the week could also mean this week's.
            return Optional.of(one(english && !coming.equals(nextWeek) ? List.of(coming, nextWeek) : List.of(nextWeek)));
        }
        Optional<Matcher> thisWeek = cursor.take(THIS_WEEK);
        if (thisWeek.isPresent()) {
            return Optional.of(one(List.of(today.with(weekday(thisWeek.get())))));
        }
        Optional<Matcher> weekday = cursor.take(WEEKDAY);
        if (weekday.isPresent()) {
            DayOfWeek day = weekday(weekday.get());
            LocalDate coming = today.with(TemporalAdjusters.next(day));
            return Optional.of(one(today.getDayOfWeek() == day ? List.of(today, coming) : List.of(coming)));
        }
        if (cursor.take(MONTH_END).isPresent()) {
            return Optional.of(one(List.of(today.with(TemporalAdjusters.lastDayOfMonth()))));
        }
        return cursor.take(MONTH_DAY).map(m -> monthDay(m, today));
    }

    private static CalendarDay monthDay(Matcher m, LocalDate today) {
        int day = Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            YearMonth next = YearMonth.from(today).plusMonths(1);
            return date(next.getYear(), next.getMonthValue(), day, m.group());
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            CalendarDay thisYear = date(today.getYear(), month, day, m.group());
            // A month and day already behind us this year means next year's.
            return thisYear.invalid == null && thisYear.options.get(0).isBefore(today)
                    ? date(today.getYear() + 1, month, day, m.group()) : thisYear;
        }
        YearMonth month = day >= today.getDayOfMonth() ? YearMonth.from(today) : YearMonth.from(today).plusMonths(1);
        return date(month.getYear(), month.getMonthValue(), day, m.group());
    }

    private static CalendarDay date(int year, int month, int day, String written) {
        try {
            return one(List.of(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return new CalendarDay(List.of(), ClockTime.DayPart.NONE, written);
        }
    }

    private static CalendarDay one(List<LocalDate> options) {
        return new CalendarDay(options, ClockTime.DayPart.NONE, null);
    }

    private static DayOfWeek weekday(Matcher m) {
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        return WEEKDAYS.get(word);
    }
}
