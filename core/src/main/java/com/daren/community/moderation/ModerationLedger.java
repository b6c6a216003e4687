package com.daren.community.moderation;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Strikes per member in a sliding window, and each group's capped log of what moderation did. */
public final class ModerationLedger {

    /** Adds the strike, forgets the ones out of the window and counts the rest, in one step. */
    private static final DefaultRedisScript<Long> STRIKE = new DefaultRedisScript<>("""
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (tonumber(ARGV[1]) - tonumber(ARGV[2])))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return redis.call('ZCARD', KEYS[1])
            """, Long.class);

    private final StringRedisTemplate redis;
    private final int keep;

    public ModerationLedger(StringRedisTemplate redis, int keep) {
        this.redis = redis;
        this.keep = keep;
    }

    /** Records a strike at {@code at}; answers the member's strikes within the window ending then. */
    public int strike(String group, String member, Instant at, Duration window) {
        try {
            Long n = redis.execute(STRIKE, List.of(RedisKeys.strikes(group, member)),
                    Long.toString(at.toEpochMilli()), Long.toString(window.toMillis()), at.toEpochMilli() + ":" + UUID.randomUUID());
            return n == null ? 0 : n.intValue();
        } catch (RuntimeException e) {
            throw new StoreException("could not count strikes", e);
        }
    }

    public void log(String group, ModerationRecord record) {
        try {
            redis.opsForList().leftPush(RedisKeys.violations(group), record.encode());
            redis.opsForList().trim(RedisKeys.violations(group), 0, keep - 1);
        } catch (RuntimeException e) {
            throw new StoreException("could not write the moderation log", e);
        }
    }

    /** Newest first; only {@code member}'s when it is not null. */
    public List<ModerationRecord> recent(String group, String member, int limit) {
        List<String> lines;
        try {
            lines = redis.opsForList().range(RedisKeys.violations(group), 0, -1);
        } catch (RuntimeException e) {
            throw new StoreException("could not read the moderation log", e);
        }
        return Objects.requireNonNullElse(lines, List.<String>of()).stream().map(ModerationRecord::decode)
                .filter(r -> member == null || r.member().equals(member)).limit(limit).toList();
    }
}
