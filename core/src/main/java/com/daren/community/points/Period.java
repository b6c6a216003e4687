package com.daren.community.points;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A leaderboard's span, with the Redis key suffix of the one that contains a day. */
public enum Period {
    ALL("总榜", "all time"),
    WEEK("本周", "this week"),
    MONTH("本月", "this month");

    private final String zh;
    private final String en;

    Period(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** {@code all}, {@code 2026-W48} (ISO week) or {@code 2026-11}. */
    public String key(LocalDate day) {
        return switch (this) {
            case ALL -> "all";
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
        };
    }
}
