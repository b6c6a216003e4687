package com.daren.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns chat text into a {@link CommandLine}: a pure function, tested with a table.
 *
 * <p>Chinese keyboards produce full-width slashes, equals signs, spaces and quotes; they are read like their
 * ASCII twins. Leading @-mentions (an operator writing "@Daren /help" in a group) are skipped.
 */
public final class CommandParser {

    private static final Pattern OPTION_KEY = Pattern.compile("[\\p{L}\\p{N}_-]{1,32}");
    private static final String OPENING_QUOTES = "\"'“‘「『";
    private static final String CLOSING_QUOTES = "\"'”’」』";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}~～\\s]+$");

    private CommandParser() {
    }

    /** Empty when the text is not a command at all; throws {@link CommandSyntaxException} when it is a broken one. */
    public static Optional<CommandLine> parse(String text) {
        return parse(text, Set.of());
    }

    /**
     * Like {@link #parse(String)}, and a message that is exactly one of {@code keywords} (lower case; after any
     * leading @-mentions, ignoring case and closing punctuation such as 签到！) is that command without arguments.
     * A keyword inside a sentence is chat, not a command.
     */
    public static Optional<CommandLine> parse(String text, Set<String> keywords) {
        if (text == null) {
            return Optional.empty();
        }
        if (!keywords.isEmpty()) {
            String bare = TRAILING_PUNCTUATION.matcher(withoutMentions(normalize(text).strip())).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            if (keywords.contains(bare)) {
                return Optional.of(new CommandLine(List.of(bare), Map.of()));
            }
        }
        String normalized = withoutMentions(normalize(text).strip());
        if (!normalized.startsWith("/") || normalized.length() < 2 || Character.isWhitespace(normalized.charAt(1))) {
            return Optional.empty();
        }
        List<String> tokens = tokenize(normalized.substring(1));
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int eq = token.indexOf('=');
            String key = eq > 0 ? token.substring(0, eq) : null;
            if (i > 0 && key != null && OPTION_KEY.matcher(key).matches()) {
                String normalizedKey = key.toLowerCase(Locale.ROOT);
                if (options.containsKey(normalizedKey)) {
                    throw new CommandSyntaxException(Text.of("参数 " + key + " 重复了", "option " + key + " is given twice"));
                }
                options.put(normalizedKey, token.substring(eq + 1));
            } else {
                words.add(token);
            }
        }
        return Optional.of(new CommandLine(words, options));
    }

    /** Drops leading @-mentions; a text that is only mentions becomes empty. */
    private static String withoutMentions(String normalized) {
        while (normalized.startsWith("@")) {
            int space = normalized.indexOf(' ');
            if (space < 0) {
                return "";
            }
            normalized = normalized.substring(space + 1).strip();
        }
        return normalized;
    }

    private static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '／' -> out.append('/');
                case '＝' -> out.append('=');
                case '＠' -> out.append('@');
                // Any Unicode space: U+3000 from Chinese keyboards, U+2005 that WeChat puts after an @mention.
                default -> out.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
            }
        });
        return out.toString();
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A quote opens only at the start of a word or a value (key="…"), so "don't" stays one word.
            boolean atValueStart = !inToken || (current.length() > 0 && current.charAt(current.length() - 1) == '=');
            int quote = atValueStart ? OPENING_QUOTES.indexOf(c) : -1;
            if (quote >= 0) {
                char closing = CLOSING_QUOTES.charAt(quote);
                int end = text.indexOf(closing, i + 1);
                if (end < 0) {
                    throw new CommandSyntaxException(Text.of("引号没有闭合", "a quote is not closed"));
                }
                current.append(text, i + 1, end);
                inToken = true;
                i = end;
            } else if (c == ' ') {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
