package com.daren.command;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All command handlers, indexed by every phrase that names them. A phrase declared twice fails start-up.
 *
 * <p>Group words are learnt from the aliases: a spec {@code daren add} with alias {@code 达人 添加} makes
 * {@code /达人 add} work too.
 */
public final class CommandRegistry implements CommandCatalog {

    /** Damerau: swapped neighbouring letters ("hlep") count as one edit. */
    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance(3);

    private final Map<String, CommandHandler> byPhrase = new LinkedHashMap<>();
    private final Map<String, String> groupWordAliases = new HashMap<>();
    private final List<CommandSpec> specs = new ArrayList<>();
    private final java.util.Set<String> keywords = new java.util.HashSet<>();

    public CommandRegistry(List<? extends CommandHandler> handlers) {
        for (CommandHandler handler : handlers) {
            CommandSpec spec = handler.spec();
            specs.add(spec);
            for (String phrase : spec.phrases()) {
                String key = key(phrase);
                CommandHandler previous = byPhrase.putIfAbsent(key, handler);
                if (previous != null) {
                    throw new IllegalStateException("command phrase '/" + phrase + "' is declared by both "
                            + previous.spec().name() + " and " + spec.name());
                }
            }
            spec.keywords().forEach(k -> keywords.add(key(k)));
            String[] canonicalWords = key(spec.name()).split(" ");
            for (String alias : spec.aliases()) {
                String[] aliasWords = key(alias).split(" ");
                if (aliasWords.length == canonicalWords.length && aliasWords.length > 1) {
                    groupWordAliases.put(aliasWords[0], canonicalWords[0]);
                }
            }
        }
        specs.sort(Comparator.comparing(CommandSpec::name));
    }

    /** The bare words that are commands (lower case), for {@link CommandParser#parse(String, java.util.Set)}. */
    public java.util.Set<String> keywords() {
        return java.util.Collections.unmodifiableSet(keywords);
    }

    @Override
    public List<CommandSpec> specs() {
        return List.copyOf(specs);
    }

    @Override
    public Optional<CommandSpec> find(String phrase) {
        String key = key(phrase.startsWith("/") ? phrase.substring(1) : phrase);
        CommandHandler handler = byPhrase.get(key);
        if (handler == null) {
            String[] words = key.split(" ", 2);
            String group = groupWordAliases.get(words[0]);
            if (group != null && words.length == 2) {
                handler = byPhrase.get(group + " " + words[1]);
            }
        }
        return Optional.ofNullable(handler).map(CommandHandler::spec);
    }

    /**
     * Finds the handler for the leading words: three-word phrases first ({@code brief source add}), then two
     * ({@code daren add}), then one word.
     */
    public Lookup lookup(List<String> words) {
        if (words.isEmpty()) {
            return new Lookup(null, 0, "", List.of());
        }
        String first = key(words.get(0));
        String group = groupWordAliases.getOrDefault(first, first);
        if (words.size() > 2) {
            String rest = key(words.get(1)) + " " + key(words.get(2));
            for (String head : List.of(first, group)) {
                CommandHandler handler = byPhrase.get(head + " " + rest);
                if (handler != null) {
                    return new Lookup(handler, 3, head + " " + rest, List.of());
                }
            }
        }
        if (words.size() > 1) {
            String second = key(words.get(1));
            for (String head : List.of(first, group)) {
                CommandHandler handler = byPhrase.get(head + " " + second);
                if (handler != null) {
                    return new Lookup(handler, 2, head + " " + second, List.of());
                }
            }
        }
        CommandHandler handler = byPhrase.get(first);
        if (handler != null) {
            return new Lookup(handler, 1, first, List.of());
        }
        String typed = words.size() > 1 ? first + " " + key(words.get(1)) : first;
        return new Lookup(null, 0, typed, suggestions(group, typed));
    }

    private List<String> suggestions(String group, String typed) {
        List<String> sameGroup = specs.stream().map(CommandSpec::name)
                .filter(name -> name.startsWith(group + " ")).toList();
        if (!sameGroup.isEmpty()) {
            List<String> close = sameGroup.stream().filter(name -> isClose(name, typed)).toList();
            return close.isEmpty() ? sameGroup : close;
        }
        return byPhrase.keySet().stream()
                .filter(phrase -> isClose(phrase, typed) || isClose(phrase, group))
                .map(phrase -> byPhrase.get(phrase).spec().name())
                .distinct()
                .limit(3)
                .toList();
    }

    private static boolean isClose(String phrase, String typed) {
        int distance = DISTANCE.apply(phrase, typed);
        return distance >= 0 && distance <= Math.max(1, Math.min(3, typed.length() / 3));
    }

    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param handler     the match, or {@code null}
     * @param wordsUsed   how many leading words named the command
     * @param typed       the phrase as the user typed it (lower case)
     * @param suggestions close phrases, for "did you mean"
     */
    public record Lookup(CommandHandler handler, int wordsUsed, String typed, List<String> suggestions) {

        public boolean found() {
            return handler != null;
        }
    }
}
