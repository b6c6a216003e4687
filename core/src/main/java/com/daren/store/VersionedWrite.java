package com.daren.store;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One atomic change of a record HASH together with everything that must move with it (index entries, due items,
 * history lines, counters), guarded by the record's version token ({@code ver} field):
 * <ul>
 *   <li>the expected version must match (empty: the record must not exist yet) — else {@link Outcome#CONFLICT};</li>
 *   <li>unique HASH fields must be free or already ours — else {@link Outcome#DUPLICATE};</li>
 *   <li>a write whose new version is already stored is a replay (Lettuce re-sends queued commands after a
 *       reconnect) and succeeds without applying twice.</li>
 * </ul>
 * Keys named in operations come from {@link RedisKeys}; scripts assume a single Redis, not a cluster.
 */
public final class VersionedWrite {

    public static final String VERSION_FIELD = "ver";

    private static final RedisScript<String> WRITE = new DefaultRedisScript<>("""
            local rec, id, expected, newv = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
            local nset, ndel, nops = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
            local cur = redis.call('HGET', rec, 'ver')
            if cur == newv then return 'ok' end
            if (expected == '' and cur) or (expected ~= '' and cur ~= expected) then return 'conflict' end
            local setStart = 7
            local delStart = setStart + 2 * nset
            local opStart = delStart + ndel
            for j = 0, nops - 1 do
              local k = opStart + 4 * j
              if ARGV[k] == 'U+' then
                local owner = redis.call('HGET', ARGV[k + 1], ARGV[k + 2])
                if owner and owner ~= id then return 'dup\\t' .. owner .. '\\t' .. ARGV[k + 2] end
              end
            end
            if nset > 0 then redis.call('HSET', rec, unpack(ARGV, setStart, delStart - 1)) end
            if ndel > 0 then redis.call('HDEL', rec, unpack(ARGV, delStart, opStart - 1)) end
            for j = 0, nops - 1 do
              local k = opStart + 4 * j
              local kind, key, member, score = ARGV[k], ARGV[k + 1], ARGV[k + 2], ARGV[k + 3]
              if kind == 'U+' then redis.call('HSET', key, member, id)
              elseif kind == 'P=' then redis.call('HSET', key, member, id)
              elseif kind == 'C-' then
                local tab = string.find(score, '\t', 1, true)
                local claims, token = string.sub(score, 1, tab - 1), string.sub(score, tab + 1)
                local held = redis.call('HGET', claims, member)
                if held and string.sub(held, 1, #token + 1) == token .. '|' then
                  redis.call('HDEL', claims, member)
                  redis.call('ZREM', key, member)
                end
              elseif kind == 'U-' then
                if redis.call('HGET', key, member) == id then redis.call('HDEL', key, member) end
              elseif kind == 'S+' then redis.call('SADD', key, member)
              elseif kind == 'S-' then redis.call('SREM', key, member)
              elseif kind == 'Z+' then redis.call('ZADD', key, score, member)
              elseif kind == 'Z-' then redis.call('ZREM', key, member)
              elseif kind == 'L+' then redis.call('RPUSH', key, member)
              elseif kind == 'H+' then redis.call('HINCRBY', key, member, score)
              end
            end
            return 'ok'
            """, String.class);

    /** What happened; for {@link Outcome#DUPLICATE}, who holds the unique field. */
    public record Result(Outcome outcome, String holder, String field) {
    }

    public enum Outcome { WRITTEN, CONFLICT, DUPLICATE }

    private final String recordKey;
    private final String id;
    private final String expectedVersion;
    private final String newVersion;
    private final Map<String, String> set = new LinkedHashMap<>();
    private final List<String> delete = new ArrayList<>();
    private final List<String> ops = new ArrayList<>();

    private VersionedWrite(String recordKey, String id, String expectedVersion, String newVersion) {
        this.recordKey = recordKey;
        this.id = id;
        this.expectedVersion = expectedVersion == null ? "" : expectedVersion;
        this.newVersion = Objects.requireNonNull(newVersion, "newVersion");
    }

    /** @param expectedVersion null when the record must not exist yet */
    public static VersionedWrite of(String recordKey, String id, String expectedVersion, String newVersion) {
        return new VersionedWrite(recordKey, id, expectedVersion, newVersion);
    }

    public VersionedWrite set(Map<String, String> fields) {
        set.putAll(fields);
        return this;
    }

    public VersionedWrite delete(List<String> fields) {
        delete.addAll(fields);
        return this;
    }

    /** The HASH field must be free or point at this record's id; then it points here. */
    public VersionedWrite claimUnique(String key, String field) {
        return op("U+", key, field, 0);
    }

    public VersionedWrite releaseUnique(String key, String field) {
        return op("U-", key, field, 0);
    }

    /** The HASH field points at this record's id, whatever it pointed at before (a "latest" index). */
    public VersionedWrite pointTo(String key, String field) {
        return op("P=", key, field, 0);
    }

    /**
     * Removes a leased due-queue item if the claim is still held with {@code token} (see DueQueue#completeWith): the
     * claim is completed in the same script that records what it did.
     */
    public VersionedWrite settleClaim(String leasedKey, String claimsKey, String member, String token) {
        ops.addAll(List.of("C-", leasedKey, member, claimsKey + "\t" + token));
        return this;
    }

    public VersionedWrite addToSet(String key, String member) {
        return op("S+", key, member, 0);
    }

    public VersionedWrite removeFromSet(String key, String member) {
        return op("S-", key, member, 0);
    }

    public VersionedWrite addToSortedSet(String key, String member, double score) {
        return op("Z+", key, member, score);
    }

    public VersionedWrite removeFromSortedSet(String key, String member) {
        return op("Z-", key, member, 0);
    }

    public VersionedWrite append(String listKey, String line) {
        return op("L+", listKey, line, 0);
    }

    public VersionedWrite increment(String hashKey, String field, long by) {
        return op("H+", hashKey, field, by);
    }

    public Result execute(StringRedisTemplate redis) {
        Map<String, String> fields = new LinkedHashMap<>(set);
        fields.put(VERSION_FIELD, newVersion);
        List<String> args = new ArrayList<>(List.of(id, expectedVersion, newVersion, Integer.toString(fields.size()),
                Integer.toString(delete.size()), Integer.toString(ops.size() / 4)));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        args.addAll(delete);
        args.addAll(ops);
        String result = redis.execute(WRITE, List.of(recordKey), args.toArray());
        if ("ok".equals(result)) {
            return new Result(Outcome.WRITTEN, null, null);
        }
        if ("conflict".equals(result)) {
            return new Result(Outcome.CONFLICT, null, null);
        }
        String[] dup = Objects.requireNonNull(result, "script result").split("\t");
        return new Result(Outcome.DUPLICATE, dup[1], dup[2]);
    }

    private VersionedWrite op(String kind, String key, String member, double score) {
        ops.addAll(List.of(kind, key, member, score == (long) score ? Long.toString((long) score) : Double.toString(score)));
        return this;
    }

    /**
     * A fresh token for a new version: 64 random bits (up to 16 hex characters). It only has to differ from the
     * versions one record goes through while a write is in flight, and every record stores one (bytes per record).
     */
    public static String newVersion() {
        return Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }
}
