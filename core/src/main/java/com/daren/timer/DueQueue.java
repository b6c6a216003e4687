package com.daren.timer;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one durable timer mechanism: work items in a Redis ZSET scored by due time. Dispatchers claim due items
 * atomically (moving them to a lease ZSET), so two instances never take the same item; an item whose lease runs
 * out (its dispatcher died) comes back through {@link #expired}, and its owner decides whether it is safe to run
 * again. Every operation is one script, safe to replay: a claim replayed after a lost reply finds nothing to
 * take, and its items come back when their lease ends.
 */
public class DueQueue {

    private static final RedisScript<List> CLAIM = new DefaultRedisScript<>("""
            local due, leased, claims = KEYS[1], KEYS[2], KEYS[3]
            local now, limit, leaseEnd, batch = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
            local found = redis.call('ZRANGEBYSCORE', due, '-inf', now, 'WITHSCORES', 'LIMIT', 0, limit)
            local out = {}
            for i = 1, #found, 2 do
              local id, score = found[i], found[i + 1]
              local token = batch .. ':' .. id
              redis.call('ZREM', due, id)
              redis.call('ZADD', leased, leaseEnd, id)
              redis.call('HSET', claims, id, token .. '|' .. score)
              table.insert(out, id); table.insert(out, score); table.insert(out, token)
            end
            return out
            """, List.class);

    private static final RedisScript<List> EXPIRED = new DefaultRedisScript<>("""
            local leased, claims = KEYS[1], KEYS[2]
            local now, limit, leaseEnd, batch = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
            local found = redis.call('ZRANGEBYSCORE', leased, '-inf', now, 'LIMIT', 0, limit)
            local out = {}
            for _, id in ipairs(found) do
              local held = redis.call('HGET', claims, id) or ('|' .. now)
              -- the token embeds the id, which may hold '|' itself: the due score follows the last one
              local score = string.match(held, '[^|]*$')
              local token = batch .. ':' .. id
              redis.call('ZADD', leased, leaseEnd, id)
              redis.call('HSET', claims, id, token .. '|' .. score)
              table.insert(out, id); table.insert(out, score); table.insert(out, token)
            end
            return out
            """, List.class);

    /** ARGV[2] empty: complete; otherwise put back as due at that score. */
    private static final RedisScript<Long> SETTLE = new DefaultRedisScript<>("""
            local due, leased, claims = KEYS[1], KEYS[2], KEYS[3]
            local id, token, nextDue = ARGV[1], ARGV[2], ARGV[3]
            local held = redis.call('HGET', claims, id)
            if not held or string.sub(held, 1, #token + 1) ~= token .. '|' then return 0 end
            redis.call('ZREM', leased, id)
            redis.call('HDEL', claims, id)
            if nextDue ~= '' then redis.call('ZADD', due, nextDue, id) end
            return 1
            """, Long.class);

    /** Adds the item unless it is waiting or leased (a batch's first event schedules; later ones join it). */
    private static final RedisScript<Long> SCHEDULE_IF_ABSENT = new DefaultRedisScript<>("""
            if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZSCORE', KEYS[2], ARGV[1]) then return 0 end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            return 1
            """, Long.class);

    /** KEYS: due, once-key. ARGV: due ms, id, once ttl ms. Schedules only if the once-key was not there. */
    private static final RedisScript<Long> SCHEDULE_ONCE = new DefaultRedisScript<>("""
            if not redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) then return 0 end
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    public DueQueue(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Schedules (or moves) an item; idempotent. */
    public void schedule(String queue, String id, Instant due) {
        try {
            redis.opsForZSet().add(RedisKeys.due(queue), id, due.toEpochMilli());
        } catch (RuntimeException e) {
            throw new StoreException("could not schedule " + queue + "/" + id, e);
        }
    }

    /**
     * Schedules the item only when it is neither waiting nor held by a dispatcher; true when it was added. For work
     * that gathers events into one run (a burst of group joins → one welcome): the holder of a claim looks for
     * what arrived meanwhile before completing.
     */
    public boolean scheduleIfAbsent(String queue, String id, Instant due) {
        try {
            Long added = redis.execute(SCHEDULE_IF_ABSENT, List.of(RedisKeys.due(queue), RedisKeys.dueLeased(queue)), id,
                    Long.toString(due.toEpochMilli()));
            return added != null && added == 1;
        } catch (RuntimeException e) {
            throw new StoreException("could not schedule " + queue + "/" + id, e);
        }
    }

    /**
     * Schedules an item unless {@code onceKey} was already taken (kept for {@code keep}), in one step: of several
     * instances firing the same cron tick, or one firing it again after a restart, exactly one schedules it.
     */
    public boolean scheduleOnce(String queue, String id, Instant due, String onceKey, Duration keep) {
        try {
            Long done = redis.execute(SCHEDULE_ONCE, List.of(RedisKeys.due(queue), onceKey),
                    Long.toString(due.toEpochMilli()), id, Long.toString(keep.toMillis()));
            return done != null && done == 1;
        } catch (RuntimeException e) {
            throw new StoreException("could not schedule " + queue + "/" + id, e);
        }
    }

    /** Removes a waiting item. A leased one stays with its dispatcher, whose owner checks state before acting. */
    public boolean cancel(String queue, String id) {
        Long removed = redis.opsForZSet().remove(RedisKeys.due(queue), id);
        return removed != null && removed > 0;
    }

    public List<Claim> claim(String queue, Instant now, int limit, Duration lease) {
        return run(CLAIM, queue, now, limit, lease, RedisKeys.due(queue), RedisKeys.dueLeased(queue), RedisKeys.dueClaims(queue));
    }

    /** Items whose lease ended before {@code now}, re-leased to the caller to decide what to do with them. */
    public List<Claim> expired(String queue, Instant now, int limit, Duration lease) {
        return run(EXPIRED, queue, now, limit, lease, RedisKeys.dueLeased(queue), RedisKeys.dueClaims(queue));
    }

    /** Done with it; false when the claim was no longer ours (its lease ended and someone else holds it). */
    public boolean complete(Claim claim) {
        return settle(claim, "");
    }

    /**
     * Completes the claim inside {@code write}, if that write happens (one script instead of two); when it does not
     * (a version conflict), the claim is still held and the caller settles it as usual.
     */
    public void completeWith(Claim claim, com.daren.store.VersionedWrite write) {
        write.settleClaim(RedisKeys.dueLeased(claim.queue()), RedisKeys.dueClaims(claim.queue()), claim.id(), claim.token());
    }

    /** Not now: due again at {@code next} (outside a send window, over a rate limit, after a failure). */
    public boolean release(Claim claim, Instant next) {
        return settle(claim, Long.toString(next.toEpochMilli()));
    }

    public long waiting(String queue) {
        Long n = redis.opsForZSet().zCard(RedisKeys.due(queue));
        return n == null ? 0 : n;
    }

    public long leased(String queue) {
        Long n = redis.opsForZSet().zCard(RedisKeys.dueLeased(queue));
        return n == null ? 0 : n;
    }

    public Optional<Instant> dueAt(String queue, String id) {
        Double score = redis.opsForZSet().score(RedisKeys.due(queue), id);
        return Optional.ofNullable(score).map(s -> Instant.ofEpochMilli(s.longValue()));
    }

    public Optional<Instant> nextDue(String queue) {
        var first = redis.opsForZSet().rangeWithScores(RedisKeys.due(queue), 0, 0);
        if (first == null || first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(first.iterator().next().getScore().longValue()));
    }

    private boolean settle(Claim claim, String nextDue) {
        try {
            Long done = redis.execute(SETTLE, List.of(RedisKeys.due(claim.queue()), RedisKeys.dueLeased(claim.queue()),
                    RedisKeys.dueClaims(claim.queue())), claim.id(), claim.token(), nextDue);
            return done != null && done == 1;
        } catch (RuntimeException e) {
            throw new StoreException("could not settle " + claim.queue() + "/" + claim.id(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Claim> run(RedisScript<List> script, String queue, Instant now, int limit, Duration lease, String... keys) {
        String batch = UUID.randomUUID().toString();
        List<Object> raw;
        try {
            raw = redis.execute(script, List.of(keys), Long.toString(now.toEpochMilli()), Integer.toString(limit),
                    Long.toString(now.plus(lease).toEpochMilli()), batch);
        } catch (RuntimeException e) {
            throw new StoreException("could not claim from " + queue, e);
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i + 2 < raw.size(); i += 3) {
            claims.add(new Claim(queue, (String) raw.get(i), Instant.ofEpochMilli((long) Double.parseDouble((String) raw.get(i + 1))),
                    (String) raw.get(i + 2)));
        }
        return claims;
    }
}
