package com.daren.community.moderation;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fixed list of words matched in one pass over a folded message, whatever the list's length: an Aho-Corasick
 * automaton (org.ahocorasick) over the words' compact forms. Immutable and safe to share between threads.
 */
public final class WordMatcher {

    private static final WordMatcher EMPTY = new WordMatcher(Set.of(), null);

    private final Set<String> words;
    private final Trie trie;

    private WordMatcher(Set<String> words, Trie trie) {
        this.words = words;
        this.trie = trie;
    }

    /** Words are folded like messages (so 微 信 and 微信 are one word); words that fold to nothing are dropped. */
    public static WordMatcher of(Collection<String> words) {
        Set<String> compact = new TreeSet<>();
        for (String word : words) {
            String folded = TextFolding.compact(word);
            if (!folded.isEmpty()) {
                compact.add(folded);
            }
        }
        if (compact.isEmpty()) {
            return EMPTY;
        }
        return new WordMatcher(Set.copyOf(compact), Trie.builder().addKeywords(compact).stopOnHit().build());
    }

    public static WordMatcher empty() {
        return EMPTY;
    }

    public int size() {
        return words.size();
    }

    /** The first listed word found in the message, with the original text it was written as. */
    public Optional<Hit> firstIn(TextFolding.Folded text) {
        if (trie == null || text.compact().isEmpty()) {
            return Optional.empty();
        }
        Emit emit = trie.firstMatch(text.compact());
        if (emit == null) {
            return Optional.empty();
        }
        return Optional.of(new Hit(emit.getKeyword(), text.excerpt(emit.getStart(), emit.getEnd() + 1)));
    }

    /**
     * @param word    the listed word (its compact form)
     * @param excerpt how it was written in the message, e.g. {@code 微 信} for 微信
     */
    public record Hit(String word, String excerpt) {
    }
}
