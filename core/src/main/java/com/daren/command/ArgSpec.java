package com.daren.command;

import java.util.List;

/**
 * One argument of a command: a positional word or a {@code key=value} option.
 *
 * @param aliases other keys accepted for an option (Chinese ones such as 粉丝 for followers)
 * @param greedy  a last positional that takes the rest of the line (free text with spaces)
 */
public record ArgSpec(String name, List<String> aliases, ArgType type, boolean positional, boolean mandatory,
                      boolean greedy, String zh, String en) {

    public ArgSpec {
        aliases = List.copyOf(aliases);
    }

    public static ArgSpec positional(String name, ArgType type, String zh, String en) {
        return new ArgSpec(name, List.of(), type, true, true, false, zh, en);
    }

    public static ArgSpec option(String name, ArgType type, String zh, String en) {
        return new ArgSpec(name, List.of(), type, false, false, false, zh, en);
    }

    public ArgSpec required() {
        return new ArgSpec(name, aliases, type, positional, true, greedy, zh, en);
    }

    public ArgSpec optional() {
        return new ArgSpec(name, aliases, type, positional, false, greedy, zh, en);
    }

    public ArgSpec restOfLine() {
        return new ArgSpec(name, aliases, type, positional, mandatory, true, zh, en);
    }

    public ArgSpec alias(String... more) {
        return new ArgSpec(name, List.of(more), type, positional, mandatory, greedy, zh, en);
    }

    public boolean answersTo(String key) {
        return name.equalsIgnoreCase(key) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(key));
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    String usage(Lang lang) {
        String placeholder = "<" + label(lang) + (greedy ? "…" : "") + ">";
        String text = positional ? placeholder : name + "=" + placeholder;
        return mandatory ? text : "[" + text + "]";
    }
}
