package com.daren.command;

import java.util.List;
import java.util.Map;

/**
 * A command as typed, split into words and {@code key=value} options, before it is matched to a spec.
 *
 * @param words   the command words and positional values, e.g. {@code [daren, add, @lily]}
 * @param options option keys (ASCII keys lower-cased) to their values, in the order typed
 */
public record CommandLine(List<String> words, Map<String, String> options) {

    public CommandLine {
        words = List.copyOf(words);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}
