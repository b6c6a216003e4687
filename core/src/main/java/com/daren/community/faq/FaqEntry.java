package com.daren.community.faq;

import com.daren.community.moderation.TextFolding;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A common question and its answer.
 *
 * @param id       what operators call it (its first keyword unless given)
 * @param pattern  keywords separated by commas (报价,价格,多少钱), any of which in a message asks the question; or
 *                 {@code re:} and a regular expression
 * @param answer   the answer text for an entry added from chat; {@code null} when {@code template} answers
 * @param template a template under templates/ (the shipped defaults); {@code null} for entries added from chat
 */
public record FaqEntry(String id, String pattern, String answer, String template) {

    public static final String REGEX_PREFIX = "re:";
    public static final int MAX_PATTERN = 200;

    public boolean regex() {
        return pattern.startsWith(REGEX_PREFIX);
    }

    /** The keywords, folded like messages (so 報價 and 报 价 match 报价). */
    public List<String> keywords() {
        return Arrays.stream(pattern.split("[,，、|]")).map(TextFolding::compact).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** The compiled expression of a {@code re:} entry; throws when it does not compile. */
    public Pattern compiled() {
        return Pattern.compile(pattern.substring(REGEX_PREFIX.length()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Null when the pattern is usable, else why not (in English, for a log or a usage line). */
    public static String problemWith(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            return "longer than " + MAX_PATTERN + " characters";
        }
        if (pattern.startsWith(REGEX_PREFIX)) {
            try {
                Pattern.compile(pattern.substring(REGEX_PREFIX.length()));
                return null;
            } catch (PatternSyntaxException e) {
                return e.getDescription();
            }
        }
        return new FaqEntry("x", pattern, "", null).keywords().isEmpty() ? "no keyword" : null;
    }
}
