package com.daren.bot.community.broadcast;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Broadcasts in Redis: the record HASH and, once confirmed, a progress HASH with one field per recipient group
 * (pending → sending → sent / failed / unknown / skipped), the durable memory that makes a resumed broadcast skip
 * what already went out.
 */
class BroadcastStore {

    /** Record: PREVIEW → SENDING, progress all pending, no expiry; answers 0 when not a preview any more. */
    private static final RedisScript<Long> CONFIRM = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'status') ~= 'preview' then return 0 end
            redis.call('HSET', KEYS[1], 'status', 'sending')
            redis.call('PERSIST', KEYS[1])
            for i = 1, #ARGV do redis.call('HSETNX', KEYS[2], ARGV[i], 'pending') end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    BroadcastStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    String nextId() {
        return Long.toString(call(() -> redis.opsForValue().increment(RedisKeys.broadcastSequence())));
    }

    void savePreview(Broadcast b, Duration ttl) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("target", b.target());
        h.put("groups", String.join(",", b.groupIds()));
        h.put("text", b.text());
        if (b.template() != null) {
            h.put("tpl", b.template());
        }
        h.put("by", b.createdBy());
        h.put("at", Long.toString(b.createdAt().toEpochMilli()));
        h.put("status", "preview");
        call(() -> {
            redis.opsForHash().putAll(RedisKeys.broadcast(b.id()), h);
            return redis.expire(RedisKeys.broadcast(b.id()), ttl);
        });
    }

    /** True when this call confirmed it (false: unknown, expired or already confirmed). */
    boolean confirm(Broadcast b) {
        Long done = call(() -> redis.execute(CONFIRM, List.of(RedisKeys.broadcast(b.id()), RedisKeys.broadcastProgress(b.id())),
                b.groupIds().toArray()));
        return done != null && done == 1;
    }

    Optional<Broadcast> get(String id) {
        Map<Object, Object> h = call(() -> redis.opsForHash().entries(RedisKeys.broadcast(id)));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String groups = (String) h.get("groups");
        return Optional.of(new Broadcast(id, (String) h.get("target"),
                groups == null || groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")),
                (String) h.get("text"), (String) h.get("tpl"), (String) h.get("by"),
                Instant.ofEpochMilli(Long.parseLong((String) h.get("at"))),
                Broadcast.Status.valueOf(((String) h.get("status")).toUpperCase(Locale.ROOT))));
    }

    void finish(String id) {
        call(() -> {
            redis.opsForHash().put(RedisKeys.broadcast(id), "status", "done");
            return null;
        });
    }

    /** Each recipient's state, e.g. {@code sim-1a2b3c4d → sent}; "failed:2" carries the attempts so far. */
    Map<String, String> progress(String id) {
        Map<Object, Object> raw = call(() -> redis.opsForHash().entries(RedisKeys.broadcastProgress(id)));
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    void mark(String id, String groupId, String state) {
        call(() -> {
            redis.opsForHash().put(RedisKeys.broadcastProgress(id), groupId, state);
            return null;
        });
    }

    /** One more post through {@code route} in the window starting at {@code windowStart}; false when over the limit. */
    boolean takeRate(String route, Instant windowStart, Duration window, int limit) {
        String key = RedisKeys.groupPostRate(route, windowStart.toEpochMilli() / window.toMillis());
        Long n = call(() -> redis.opsForValue().increment(key));
        call(() -> redis.expire(key, window.multipliedBy(2)));
        return n != null && n <= limit;
    }

    private static <T> T call(java.util.function.Supplier<T> c) {
        try {
            return c.get();
        } catch (RuntimeException e) {
            throw new StoreException("broadcast: Redis call failed", e);
        }
    }
}
