package com.daren.reminder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time-of-day part of a phrase as said: an hour, minutes and a part of the day (上午/下午/pm …), before it is
 * decided which hour of the 24 it means.
 *
 * @param hour     as written (3 in 下午3点); -1 when only a part of day was said (明天下午)
 * @param clock24  written on the 24-hour clock (17:00, 09:30) or with an hour that can only be one (0, 12–23)
 */
record ClockTime(int hour, int minute, DayPart part, boolean clock24) {

    enum DayPart {
        NONE(9), EARLY(6), MORNING(9), NOON(12), AFTERNOON(15), EVENING(20);

        /** The hour used when only the part of day was said. */
        final int defaultHour;

        DayPart(int defaultHour) {
            this.defaultHour = defaultHour;
        }
    }

    private static final Pattern ZH = Pattern.compile(
            "(凌晨|早上|早晨|上午|早|中午|下午|傍晚|晚上|夜里|晚)?\\s*(\\d{1,2})\\s*(?:点|时|:|：)\\s*"
                    + "(?:(半)|(一刻)|(三刻)|(\\d{1,2})\\s*分?|整)?");
    private static final Pattern ZH_PART_ONLY = Pattern.compile("(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里)");
    /** Tried before the Chinese form, which would otherwise take "9:30" and leave "pm" behind. */
    private static final Pattern EN_MERIDIEM = Pattern.compile(
            "(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])");
    private static final Pattern EN = Pattern.compile(
            "(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)|(?:at\\s+)?(\\d{1,2}):(\\d{2})|at\\s+(\\d{1,2})(?![\\d:])"
                    + "|(?:at\\s+)?(noon|midday|midnight)|(?:in\\s+the\\s+)?(morning|afternoon|evening|night)");

    /** Reads a time of day at the cursor, if there is one; the cursor does not move otherwise. */
    static Optional<ClockTime> read(PhraseCursor cursor) {
        Optional<Matcher> meridiem = cursor.take(EN_MERIDIEM);
        if (meridiem.isPresent()) {
            return english(meridiem.get());
        }
        Optional<Matcher> zh = cursor.take(ZH);
        if (zh.isPresent()) {
            Matcher m = zh.get();
            int hour = Integer.parseInt(m.group(2));
            boolean colon = m.group(0).contains(":") || m.group(0).contains("：");
            int minute = m.group(3) != null ? 30 : m.group(4) != null ? 15 : m.group(5) != null ? 45
                    : m.group(6) != null ? Integer.parseInt(m.group(6)) : 0;
            return valid(hour, minute, zhPart(m.group(1)), colon || hour == 0 || hour >= 12);
        }
        Optional<Matcher> partOnly = cursor.take(ZH_PART_ONLY);
        if (partOnly.isPresent()) {
            return Optional.of(new ClockTime(-1, 0, zhPart(partOnly.get().group(1)), false));
        }
        return cursor.take(EN).flatMap(ClockTime::english);
    }

    private static Optional<ClockTime> english(Matcher m) {
        if (m.group(1) != null) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean pm = m.group(3).startsWith("p");
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            DayPart part = pm ? DayPart.AFTERNOON : hour == 12 ? DayPart.EARLY : DayPart.MORNING;
            return valid(hour, minute, part, false);
        }
        if (m.group(4) != null) {
            return valid(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), DayPart.NONE, true);
        }
        if (m.group(6) != null) {
            int hour = Integer.parseInt(m.group(6));
            return valid(hour, 0, DayPart.NONE, hour == 0 || hour >= 12);
        }
        if (m.group(7) != null) {
            return Optional.of(new ClockTime(m.group(7).equals("midnight") ? 0 : 12, 0, DayPart.NONE, true));
        }
        DayPart part = switch (m.group(8)) {
            case "morning" -> DayPart.MORNING;
            case "afternoon" -> DayPart.AFTERNOON;
            default -> DayPart.EVENING;
        };
        return Optional.of(new ClockTime(-1, 0, part, false));
    }

    private static Optional<ClockTime> valid(int hour, int minute, DayPart part, boolean clock24) {
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new ClockTime(hour, minute, part, clock24));
    }

    private static DayPart zhPart(String word) {
        if (word == null) {
            return DayPart.NONE;
        }
        return switch (word) {
            case "凌晨" -> DayPart.EARLY;
            case "早上", "早晨", "上午", "早" -> DayPart.MORNING;
            case "中午" -> DayPart.NOON;
            case "下午" -> DayPart.AFTERNOON;
            default -> DayPart.EVENING;
        };
    }

    /** This time with a part of day the date gave (今晚, 明早, tonight) when the time itself said none. */
    ClockTime within(DayPart datePart) {
        return part == DayPart.NONE && datePart != DayPart.NONE ? new ClockTime(hour, minute, datePart, clock24) : this;
    }

    /** A bare hour 1–11: could be morning or afternoon/evening. */
    boolean bare() {
        return part == DayPart.NONE && !clock24 && hour >= 1 && hour <= 11;
    }

    /** The hour of the 24 it means; for a bare hour, the morning one (callers decide whether to ask). */
    int hour24() {
        if (hour < 0) {
            return part.defaultHour;
        }
        return switch (part) {
            case AFTERNOON -> hour < 12 ? hour + 12 : hour;
            case EVENING -> hour <= 12 ? hour + 12 : hour; // 晚上12点 is midnight: 24 rolls over to the next day
            case NOON -> hour <= 5 ? hour + 12 : hour;
            case EARLY -> hour == 12 ? 0 : hour;
            case MORNING -> hour;
            case NONE -> hour;
        };
    }
}
