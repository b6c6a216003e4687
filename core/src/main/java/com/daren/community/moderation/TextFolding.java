package com.daren.community.moderation;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.text.Normalizer;
import java.util.List;

/**
 * Folds a message so that the usual evasions of a banned word read like the word itself: full-width letters and
 * digits (ＶＸ), upper case, traditional characters (微信號), and spaces, punctuation or emoji put between the
 * characters (微 信、微.信、微😀信).
 *
 * <p>Every one of the 65,536 BMP characters is folded once, into a table, when this class loads (about a second,
 * mostly asking opencc4j for each traditional character); folding a message is then one array read per character.
 * Surrogates (emoji and rarer characters outside the BMP) count as separators.
 */
public final class TextFolding {

    /** Marks a character that is not kept in the compact form (space, punctuation, symbol, emoji half). */
    private static final char DROP = 0;
    /** Character to its folded form in the compact text, or {@link #DROP}. */
    private static final char[] COMPACT = new char[Character.MAX_VALUE + 1];
    /** Character to its folded form with separators kept (for links and phone numbers). */
    private static final char[] LOOSE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = width((char) c);
            folded = Character.toLowerCase(folded);
            if (Character.UnicodeScript.of(folded) == Character.UnicodeScript.HAN) {
                folded = simplified(folded);
            }
            LOOSE[c] = folded;
            COMPACT[c] = !Character.isSurrogate((char) c) && Character.isLetterOrDigit(folded) ? folded : DROP;
        }
    }

    private TextFolding() {
    }

    /** Folds a message: the compact form with where each of its characters came from, and the loose form. */
    public static Folded fold(String text) {
        int n = text.length();
        char[] compact = new char[n];
        int[] origin = new int[n];
        char[] loose = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            loose[i] = LOOSE[c];
            char folded = COMPACT[c];
            if (folded != DROP) {
                compact[k] = folded;
                origin[k++] = i;
            }
        }
        return new Folded(text, new String(compact, 0, k), origin, new String(loose));
    }

    /** The compact form alone: how a banned word or keyword is stored and compared. */
    public static String compact(String text) {
        return fold(text).compact();
    }

    /** Full-width forms and other compatibility characters (①, ｖ) to their plain twin, when that is one character. */
    private static char width(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        if (c < 0x80 || Character.isSurrogate(c)) {
            return c;
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return nfkc.length() == 1 ? nfkc.charAt(0) : c;
    }

    private static char simplified(char c) {
        if (!ZhConverterUtil.isTraditional(c)) {
            return c;
        }
        List<String> simple = ZhConverterUtil.toSimple(c);
        return simple != null && !simple.isEmpty() && simple.get(0).length() == 1 ? simple.get(0).charAt(0) : c;
    }

    /**
     * A folded message.
     *
     * @param original the text as written
     * @param compact  letters and digits only, folded: what banned words and ad phrases are matched against
     * @param origin   for each character of {@code compact}, its index in {@code original}
     * @param loose    every character folded, separators kept: what link and phone patterns read
     */
    public record Folded(String original, String compact, int[] origin, String loose) {

        /** The original text behind compact characters {@code [start, end)}, separators between them included. */
        public String excerpt(int start, int end) {
            if (start >= end) {
                return "";
            }
            return original.substring(origin[start], origin[end - 1] + 1);
        }
    }
}
