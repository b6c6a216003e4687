package com.daren.crm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a list can be sorted by; each is a ZSET index. */
public enum SortField {
    FOLLOWERS("粉丝"),
    SCORE("评分"),
    ER("互动率"),
    CREATED("添加时间");

    private final String zh;

    SortField(String zh) {
        this.zh = zh;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortField> parse(String text) {
        String t = text.strip();
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(t) || f.zh.equals(t)).findFirst();
    }

    double scoreOf(Influencer i) {
        return switch (this) {
            case FOLLOWERS -> i.followers();
            case SCORE -> i.scores().total().orElse(-1);
            case ER -> i.engagementRate() == null ? -1 : i.engagementRate();
            case CREATED -> i.createdAt().toEpochMilli();
        };
    }
}
