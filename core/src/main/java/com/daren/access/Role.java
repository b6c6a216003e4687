package com.daren.access;

import java.util.Locale;

/** Ordered from least to most trusted; a command declares the least role it needs. */
public enum Role {
    /** Anyone who is not a configured operator: influencers, group members. */
    GUEST("访客"),
    /** Team member who may read but not change anything; personal data stays masked. */
    VIEWER("观察员"),
    OPERATOR("运营"),
    ADMIN("管理员");

    private final String zh;

    Role(String zh) {
        this.zh = zh;
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String label(boolean chinese) {
        return chinese ? zh : name().toLowerCase(Locale.ROOT);
    }
}
