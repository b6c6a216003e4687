package com.daren.reminder;

import com.daren.command.Text;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time phrase at the start of a line, in Chinese or English, against an injected "now" and zone.
 *
 * <p>The rules where a phrase could mean more than one time (tested in TimePhraseParserTest):
 * <ul>
 *   <li>A bare hour 1–11 (3点, at 3) with no 上午/下午/am/pm, on today: the first of h:00 and (h+12):00 still ahead
 *       today; when both have passed, the bot asks (tomorrow 03:00 or 15:00?). On another day: 7–11 are morning
 *       (明天9点 = 09:00), 1–6 are asked (明天3点: 03:00 or 15:00?).</li>
 *   <li>A weekday said on that weekday (周一 on a Monday) is asked: today or in a week. 下周X is next calendar
 *       week's (weeks start on Monday); English "next friday" said when this week's Friday is still ahead is
 *       asked (this week's or next week's).</li>
 *   <li>A day without a time is at 09:00 (今晚/tonight at 20:00, 下午 at 15:00); N天后 without a time keeps the
 *       time of day; a time without a day is today's.</li>
 *   <li>Anything not after now is refused with the time it resolved to and now; a day that does not exist
 *       (11月31号) is refused.</li>
 * </ul>
 * Hand-written, small and table-tested: no Chinese time-expression library resolves on the Maven mirror here, and
 * natty (English) guesses silently where we must ask.
 */
public final class TimePhraseParser {

    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final Pattern REPEAT = Pattern.compile("(每天|每日|every\\s*day|daily)"
            + "|(?:每|每个)" + CalendarDay.ZH_WEEKDAY + "|every\\s+" + CalendarDay.EN_WEEKDAY
            + "|每个?月(\\d{1,2})[号日]|(?:every\\s+month|monthly)(?:\\s+on)?(?:\\s+the)?\\s+(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern IN_DURATION = Pattern.compile(
            "(\\d+|半)\\s*个?\\s*(分钟|分|小时|钟头|天|周|星期|礼拜)\\s*(?:后|以后|之后)"
                    + "|in\\s+(\\d+|an?|half\\s+an?)\\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimePhraseParser() {
    }

    public static TimePhrase parse(String line, ZonedDateTime now) {
        ChineseNumerals.Normalized normalized = ChineseNumerals.normalize(line.strip());
        PhraseCursor cursor = new PhraseCursor(normalized.text());
        String original = line.strip();
        Optional<TimePhrase> read = repeat(cursor, now)
                .or(() -> inDuration(cursor, now))
                .or(() -> dayAndTime(cursor, now));
        if (read.isEmpty()) {
            return new TimePhrase.NotUnderstood();
        }
        String rest = original.substring(normalized.originOf(cursor.position())).replaceFirst("^[\\s,，:：、]+", "");
        if (read.get() instanceof TimePhrase.Resolved r) {
            return new TimePhrase.Resolved(r.at(), r.repeat(), rest);
        }
        if (read.get() instanceof TimePhrase.Ambiguous a) {
            return new TimePhrase.Ambiguous(a.options(), rest);
        }
        return read.get();
    }

    private static Optional<TimePhrase> repeat(PhraseCursor cursor, ZonedDateTime now) {
        Optional<Matcher> found = cursor.take(REPEAT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = found.get();
        Optional<ClockTime> clock = ClockTime.read(cursor);
        if (clock.isPresent() && clock.get().bare() && clock.get().hour() <= 6) {
            int h = clock.get().hour();
            return Optional.of(new TimePhrase.Refused(Text.of(
                    "「" + h + "点」是凌晨还是下午？请写明，如 下午" + h + "点 或 " + (h + 12) + ":00",
                    "is '" + h + "' in the morning or afternoon? Say " + h + "am or " + h + "pm")));
        }
        LocalTime time = clock.map(c -> LocalTime.of(c.hour24() % 24, c.minute())).orElse(DEFAULT_TIME);
        Repeat repeat;
        if (m.group(1) != null) {
            repeat = Repeat.daily(time);
        } else if (m.group(2) != null || m.group(3) != null) {
            DayOfWeek day = CalendarDay.WEEKDAYS.get(m.group(2) != null ? m.group(2) : m.group(3));
            repeat = Repeat.weekly(day, time);
        } else {
            int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(5));
            if (day < 1 || day > 31) {
                return Optional.of(new TimePhrase.Refused(Text.of("每月没有" + day + "号", "no month has a day " + day)));
            }
            repeat = Repeat.monthly(day, time);
        }
        return Optional.of(new TimePhrase.Resolved(repeat.nextAfter(now), Optional.of(repeat), ""));
    }

    private static Optional<TimePhrase> inDuration(PhraseCursor cursor, ZonedDateTime now) {
        Optional<Matcher> found = cursor.take(IN_DURATION);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = found.get();
        String amount = m.group(1) != null ? m.group(1) : m.group(3);
        String unit = m.group(2) != null ? m.group(2) : m.group(4);
        boolean half = amount.startsWith("半") || amount.startsWith("half");
        long n = half || amount.startsWith("a") ? 1 : Long.parseLong(amount);
        Duration step = switch (unit.charAt(0)) {
            case '分', 'm' -> Duration.ofMinutes(1);
            case '小', '钟', 'h' -> Duration.ofHours(1);
            case '天', 'd' -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        Duration total = half ? step.dividedBy(2) : step.multipliedBy(n);
        if (step.compareTo(Duration.ofDays(1)) >= 0) {
            // 3天后上午10点: the day moves, and a time said with it is that day's.
            int mark = cursor.position();
            Optional<ClockTime> clock = ClockTime.read(cursor);
            if (clock.isPresent()) {
                LocalDate day = now.toLocalDate().plusDays(total.toDays());
                return Optional.of(atDay(List.of(day), clock.get(), now, day.equals(now.toLocalDate())));
            }
            cursor.reset(mark);
        }
        return Optional.of(new TimePhrase.Resolved(now.plus(total), Optional.empty(), ""));
    }

    private static Optional<TimePhrase> dayAndTime(PhraseCursor cursor, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        Optional<CalendarDay.WithClock> day = CalendarDay.read(cursor, today);
        Optional<ClockTime> clock = day.flatMap(CalendarDay.WithClock::clock).or(() -> ClockTime.read(cursor));
        if (day.isEmpty() && clock.isPresent()) {
            day = CalendarDay.read(cursor, today); // English puts the day last: "9am tomorrow"
        }
        if (day.isEmpty() && clock.isEmpty()) {
            return Optional.empty();
        }
        if (day.isPresent() && day.get().day().invalid() != null) {
            String written = day.get().day().invalid();
            return Optional.of(new TimePhrase.Refused(Text.of("没有这一天：" + written, "no such day: " + written)));
        }
        if (day.isEmpty()) {
            // 凌晨2点 said in the afternoon is the coming night's; other passed times without a day are refused.
            boolean comingNight = clock.get().part() == ClockTime.DayPart.EARLY
                    && !at(today, clock.get().hour24(), clock.get().minute(), now).isAfter(now);
            return Optional.of(atDay(List.of(comingNight ? today.plusDays(1) : today), clock.get(), now, false));
        }
        CalendarDay calendarDay = day.get().day();
        ClockTime time = clock.map(c -> c.within(calendarDay.part()))
                .orElse(new ClockTime(-1, 0, calendarDay.part(), false));
        boolean saidToday = calendarDay.options().equals(List.of(today));
        return Optional.of(atDay(calendarDay.options(), time, now, saidToday));
    }

    /**
     * Puts a time on the day(s) and applies the rules above.
     *
     * @param saidToday the day was named and is today (今天3点): never moved to tomorrow, refused when past
     */
    private static TimePhrase atDay(List<LocalDate> days, ClockTime clock, ZonedDateTime now, boolean saidToday) {
        LocalDate today = now.toLocalDate();
        if (days.size() > 1) {
            List<ZonedDateTime> options = days.stream().map(d -> at(d, clock.hour24(), clock.minute(), now)).toList();
            List<ZonedDateTime> ahead = options.stream().filter(o -> o.isAfter(now)).toList();
            return ahead.size() == 1 ? resolved(ahead.get(0)) : new TimePhrase.Ambiguous(options, "");
        }
        LocalDate day = days.get(0);
        if (!clock.bare()) {
            return checked(at(day, clock.hour24(), clock.minute(), now), now);
        }
        int h = clock.hour();
        ZonedDateTime morning = at(day, h, clock.minute(), now);
        ZonedDateTime afternoon = at(day, h + 12, clock.minute(), now);
        if (!day.equals(today)) {
            return h >= 7 ? checked(morning, now) : new TimePhrase.Ambiguous(List.of(morning, afternoon), "");
        }
        if (morning.isAfter(now)) {
            return resolved(morning);
        }
        if (afternoon.isAfter(now)) {
            return resolved(afternoon);
        }
        if (saidToday) {
            return checked(afternoon, now);
        }
        return new TimePhrase.Ambiguous(List.of(morning.plusDays(1), afternoon.plusDays(1)), "");
    }

    private static ZonedDateTime at(LocalDate day, int hour24, int minute, ZonedDateTime now) {
        LocalDateTime local = day.atStartOfDay().plusHours(hour24).plusMinutes(minute);
        return local.atZone(now.getZone());
    }

    private static TimePhrase checked(ZonedDateTime at, ZonedDateTime now) {
        if (!at.isAfter(now)) {
            return new TimePhrase.Refused(Text.of(
                    "时间已过：" + SHOWN.format(at) + "（现在是 " + SHOWN.format(now) + "）",
                    "that time has passed: " + SHOWN.format(at) + " (it is " + SHOWN.format(now) + " now)"));
        }
        return resolved(at);
    }

    private static TimePhrase resolved(ZonedDateTime at) {
        return new TimePhrase.Resolved(at, Optional.empty(), "");
    }
}
