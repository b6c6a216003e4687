package com.daren.crm;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Influencer records in Redis: one HASH per record plus indexes, always written together by one Lua script so a
 * record never exists without its indexes (or the other way round).
 */
public class InfluencerStore {

    /** Returns the id already holding platform+handle, or nil after writing the record and all its indexes. */
    private static final RedisScript<String> ADD = new DefaultRedisScript<>("""
            local existing = redis.call('HGET', KEYS[1], ARGV[1])
            if existing then return existing end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], unpack(ARGV, 4))
            redis.call('SADD', KEYS[3], ARGV[2])
            redis.call('ZADD', KEYS[4], ARGV[3], ARGV[2])
            return false
            """, String.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public InfluencerStore(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public static String normalizeHandle(String handle) {
        String h = Objects.requireNonNull(handle, "handle").strip();
        return h.startsWith("@") || h.startsWith("＠") ? h.substring(1) : h;
    }

    private static String indexHandle(String handle) {
        return normalizeHandle(handle).toLowerCase(Locale.ROOT);
    }

    /** Adds the record, or throws {@link DuplicateInfluencerException} when platform+handle is taken. */
    public Influencer add(NewInfluencer draft) {
        try {
            Long seq = redis.opsForValue().increment(RedisKeys.influencerSequence());
            String id = Long.toString(Objects.requireNonNull(seq));
            Instant now = clock.instant();
            Influencer influencer = new Influencer(id, draft.name(), draft.platform(), draft.handle(),
                    draft.followers(), draft.tags(), PipelineStatus.PROSPECT, draft.owner(), now);
            List<String> args = new ArrayList<>(List.of(
                    draft.platform().id() + ":" + indexHandle(draft.handle()), id, Long.toString(now.toEpochMilli())));
            toHash(influencer).forEach((k, v) -> {
                args.add(k);
                args.add(v);
            });
            String existing = redis.execute(ADD, List.of(RedisKeys.influencerPlatformHandleIndex(),
                            RedisKeys.influencer(id), RedisKeys.influencerHandleIndex(indexHandle(draft.handle())),
                            RedisKeys.influencersByCreation()),
                    args.toArray());
            // A command Lettuce replays after a reconnect finds its own id: that is success, not a duplicate.
            if (existing != null && !existing.equals(id)) {
                throw new DuplicateInfluencerException(existing);
            }
            return influencer;
        } catch (DuplicateInfluencerException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not add influencer " + draft.handle(), e);
        }
    }

    public Optional<Influencer> get(String id) {
        try {
            Map<Object, Object> hash = redis.opsForHash().entries(RedisKeys.influencer(id));
            return hash.isEmpty() ? Optional.empty() : Optional.of(fromHash(id, hash));
        } catch (RuntimeException e) {
            throw new StoreException("could not read influencer " + id, e);
        }
    }

    /** Everyone with this handle, on any platform (usually one). */
    public List<Influencer> findByHandle(String handle) {
        try {
            Set<String> ids = redis.opsForSet().members(RedisKeys.influencerHandleIndex(indexHandle(handle)));
            if (ids == null) {
                return List.of();
            }
            return ids.stream().sorted().map(this::get).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Influencer::platform)).toList();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not look up handle " + handle, e);
        }
    }

    /** Newest first. */
    public List<Influencer> newest(int offset, int limit) {
        try {
            Set<String> ids = redis.opsForZSet().reverseRange(RedisKeys.influencersByCreation(), offset, offset + limit - 1L);
            if (ids == null) {
                return List.of();
            }
            return ids.stream().map(this::get).flatMap(Optional::stream).toList();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not list influencers", e);
        }
    }

    public long count() {
        try {
            Long n = redis.opsForZSet().zCard(RedisKeys.influencersByCreation());
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            throw new StoreException("could not count influencers", e);
        }
    }

    private static Map<String, String> toHash(Influencer i) {
        return Map.of(
                "name", i.name(),
                "platform", i.platform().id(),
                "handle", i.handle(),
                "followers", Long.toString(i.followers()),
                "tags", String.join(",", i.tags()),
                "status", i.status().id(),
                "owner", i.owner() == null ? "" : i.owner(),
                "createdAt", Long.toString(i.createdAt().toEpochMilli()));
    }

    private static Influencer fromHash(String id, Map<Object, Object> h) {
        String tags = (String) h.getOrDefault("tags", "");
        return new Influencer(id, (String) h.get("name"),
                Platform.valueOf(((String) h.get("platform")).toUpperCase(Locale.ROOT)),
                (String) h.get("handle"),
                Long.parseLong((String) h.get("followers")),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                PipelineStatus.valueOf(((String) h.get("status")).toUpperCase(Locale.ROOT)),
                (String) h.getOrDefault("owner", ""),
                Instant.ofEpochMilli(Long.parseLong((String) h.get("createdAt"))));
    }
}
