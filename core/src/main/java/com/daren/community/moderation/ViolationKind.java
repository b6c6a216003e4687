package com.daren.community.moderation;

/** What a message was caught for. */
public enum ViolationKind {
    BANNED_WORD("敏感词", "banned word"),
    AD("广告/引流", "advertising"),
    LINK("链接", "link"),
    PHONE("手机号", "phone number");

    private final String zh;
    private final String en;

    ViolationKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
