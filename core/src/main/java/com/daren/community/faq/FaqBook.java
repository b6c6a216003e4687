package com.daren.community.faq;

import com.daren.community.moderation.TextFolding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Finds the question a message asks among a group's entries: the first entry, in order, whose pattern it matches. */
public final class FaqBook {

    /** Compiled expressions by pattern text: entries are re-read from Redis, their patterns rarely change. */
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    public Optional<FaqEntry> match(String text, List<FaqEntry> entries) {
        if (text.isBlank() || entries.isEmpty()) {
            return Optional.empty();
        }
        String compact = null;
        for (FaqEntry entry : entries) {
            if (entry.regex()) {
                if (compiled.computeIfAbsent(entry.pattern(), p -> entry.compiled()).matcher(text).find()) {
                    return Optional.of(entry);
                }
            } else {
                if (compact == null) {
                    compact = TextFolding.compact(text);
                }
                for (String keyword : entry.keywords()) {
                    if (compact.contains(keyword)) {
                        return Optional.of(entry);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
