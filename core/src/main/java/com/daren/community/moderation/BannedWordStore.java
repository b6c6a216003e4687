package com.daren.community.moderation;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Banned words per group and for every group ({@link #GLOBAL}), kept in Redis sets, matched through automata built
 * on first use and cached here. Screening a message reads no Redis: a change bumps one version counter, which this
 * instance reads at most once per {@code recheck} to notice changes made by another instance; its own changes
 * drop the cache at once.
 */
public final class BannedWordStore {

    public static final String GLOBAL = "*";

    private final StringRedisTemplate redis;
    private final Set<String> shippedGlobal;
    private final Clock clock;
    private final long recheckMillis;
    private final Map<String, WordMatcher> matchers = new ConcurrentHashMap<>();
    private volatile String seenVersion;
    private volatile long checkedAt = Long.MIN_VALUE;

    /** @param shippedGlobal global words from configuration, always in force (they cannot be removed from chat) */
    public BannedWordStore(StringRedisTemplate redis, Collection<String> shippedGlobal, Clock clock, Duration recheck) {
        this.redis = redis;
        this.shippedGlobal = Set.copyOf(shippedGlobal);
        this.clock = clock;
        this.recheckMillis = recheck.toMillis();
    }

    /** Adds words to a group's list (or the global one); answers the ones that were new. */
    public List<String> add(String scope, Collection<String> words) {
        List<String> added = words.stream().map(String::strip).filter(w -> !TextFolding.compact(w).isEmpty())
                .distinct().filter(w -> write(() -> redis.opsForSet().add(RedisKeys.bannedWords(scope), w)) > 0).toList();
        changed();
        return added;
    }

    /** Removes words; answers the ones that were there. */
    public List<String> remove(String scope, Collection<String> words) {
        List<String> removed = words.stream().map(String::strip).distinct()
                .filter(w -> write(() -> redis.opsForSet().remove(RedisKeys.bannedWords(scope), w)) > 0).toList();
        changed();
        return removed;
    }

    /** The words added from chat, sorted. */
    public List<String> list(String scope) {
        Set<String> words = read(() -> redis.opsForSet().members(RedisKeys.bannedWords(scope)));
        return List.copyOf(new TreeSet<>(Objects.requireNonNullElse(words, Set.of())));
    }

    public Set<String> shippedGlobal() {
        return shippedGlobal;
    }

    /** The automaton for a group's own words ({@link #GLOBAL}: the shipped and chat-added global words). */
    public WordMatcher matcher(String scope) {
        recheck();
        return matchers.computeIfAbsent(scope, s -> {
            Set<String> words = new HashSet<>(list(s));
            if (GLOBAL.equals(s)) {
                words.addAll(shippedGlobal);
            }
            return WordMatcher.of(words);
        });
    }

    private void recheck() {
        long now = clock.millis();
        if (now - checkedAt < recheckMillis && now >= checkedAt) {
            return;
        }
        checkedAt = now;
        String version = read(() -> redis.opsForValue().get(RedisKeys.bannedWordsVersion()));
        if (!Objects.equals(version, seenVersion)) {
            seenVersion = version;
            matchers.clear();
        }
    }

    private void changed() {
        write(() -> redis.opsForValue().increment(RedisKeys.bannedWordsVersion()));
        matchers.clear();
        checkedAt = Long.MIN_VALUE;
    }

    private static long write(java.util.function.Supplier<Long> op) {
        try {
            Long n = op.get();
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            throw new StoreException("could not change the banned words", e);
        }
    }

    private static <T> T read(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (RuntimeException e) {
            throw new StoreException("could not read the banned words", e);
        }
    }
}
