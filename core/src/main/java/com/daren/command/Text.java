package com.daren.command;

/** A short text in both languages, for answers that are built in code rather than in a template. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
