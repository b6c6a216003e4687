package com.daren.community.faq;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A group's FAQ: its own entries (Redis hash) in front of the shipped defaults, and the per-question cool-down.
 * A group entry with a default's id replaces that default in the group.
 */
public final class FaqStore {

    /** Answers 1 and records the time when the question was not answered within the cool-down, else 0. */
    private static final DefaultRedisScript<Long> CLAIM = new DefaultRedisScript<>("""
            local last = redis.call('HGET', KEYS[1], ARGV[1])
            if last and tonumber(ARGV[2]) - tonumber(last) < tonumber(ARGV[3]) and tonumber(ARGV[2]) >= tonumber(last) then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final List<FaqEntry> defaults;
    private final Duration coolDown;
    private final Clock clock;

    public FaqStore(StringRedisTemplate redis, List<FaqEntry> defaults, Duration coolDown, Clock clock) {
        this.redis = redis;
        this.defaults = List.copyOf(defaults);
        this.coolDown = coolDown;
        this.clock = clock;
    }

    public Duration coolDown() {
        return coolDown;
    }

    public List<FaqEntry> defaults() {
        return defaults;
    }

    /** The group's own entries first (sorted by id), then the defaults it does not replace. */
    public List<FaqEntry> entries(String group) {
        Map<String, FaqEntry> own = new TreeMap<>();
        own(group).forEach((id, entry) -> own.put(id, entry));
        List<FaqEntry> all = new ArrayList<>(own.values());
        defaults.stream().filter(d -> !own.containsKey(d.id())).forEach(all::add);
        return all;
    }

    public Map<String, FaqEntry> own(String group) {
        Map<Object, Object> raw;
        try {
            raw = redis.opsForHash().entries(RedisKeys.faq(group));
        } catch (RuntimeException e) {
            throw new StoreException("could not read the FAQ", e);
        }
        Map<String, FaqEntry> entries = new LinkedHashMap<>();
        raw.forEach((id, value) -> {
            String[] f = ((String) value).split("\t", 2);
            entries.put((String) id, new FaqEntry((String) id, f[0], f.length > 1 ? f[1] : "", null));
        });
        return entries;
    }

    /** Adds or replaces a group entry; answers true when it replaced one. */
    public boolean put(String group, FaqEntry entry) {
        try {
            Boolean added = redis.opsForHash().putIfAbsent(RedisKeys.faq(group), entry.id(), encode(entry));
            if (Boolean.TRUE.equals(added)) {
                return false;
            }
            redis.opsForHash().put(RedisKeys.faq(group), entry.id(), encode(entry));
            return true;
        } catch (RuntimeException e) {
            throw new StoreException("could not save the FAQ entry", e);
        }
    }

    public boolean remove(String group, String id) {
        try {
            Long n = redis.opsForHash().delete(RedisKeys.faq(group), id);
            return n != null && n > 0;
        } catch (RuntimeException e) {
            throw new StoreException("could not remove the FAQ entry", e);
        }
    }

    /** True when this question may be answered in the group now (and marks it answered); false within the cool-down. */
    public boolean claimAnswer(String group, String id) {
        try {
            Long ok = redis.execute(CLAIM, List.of(RedisKeys.faqAnswered(group)), id,
                    Long.toString(clock.millis()), Long.toString(coolDown.toMillis()));
            return ok != null && ok == 1;
        } catch (RuntimeException e) {
            throw new StoreException("could not check the FAQ cool-down", e);
        }
    }

    private static String encode(FaqEntry entry) {
        return entry.pattern().replace('\t', ' ') + "\t" + entry.answer();
    }
}
