package com.daren.command;

import java.util.Locale;

/** The language a reply is written in. Chinese is the default; English where the operator writes English. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static boolean containsCjk(String text) {
        return text != null && text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN;
        });
    }

    /** Chinese text gets Chinese; otherwise the reader's preference (Chinese unless they chose English). */
    public static Lang forMessage(String text, Lang preferred) {
        if (containsCjk(text)) {
            return ZH;
        }
        return preferred == null ? ZH : preferred;
    }
}
