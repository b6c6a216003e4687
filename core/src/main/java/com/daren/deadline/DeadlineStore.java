package com.daren.deadline;

import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Deadlines in Redis: a HASH each, a SET per influencer, a ZSET of open ones by due date (for reports), and a
 * reliability HASH per influencer (closed, on time) updated by the same script that closes a deadline, so a
 * deadline is counted once however often "done" is sent.
 */
public class DeadlineStore {

    public static final String QUEUE = "deadline";

    /** KEYS: hash, open zset, reliability. ARGV: state, closed ms, on time (1/0), id. */
    private static final RedisScript<Long> CLOSE = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'state') ~= 'OPEN' then return 0 end
            redis.call('HSET', KEYS[1], 'state', ARGV[1], 'closed', ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[4])
            if ARGV[1] == 'DELIVERED' then
              redis.call('HINCRBY', KEYS[3], 'closed', 1)
              redis.call('HINCRBY', KEYS[3], 'onTime', tonumber(ARGV[3]))
            end
            return 1
            """, Long.class);

    /** On-time record: deliveries counted, of which on or before the date. */
    public record Reliability(long delivered, long onTime) {
        public Optional<Integer> percent() {
            return delivered == 0 ? Optional.empty() : Optional.of((int) Math.round(onTime * 100.0 / delivered));
        }
    }

    private final StringRedisTemplate redis;

    public DeadlineStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Deadline create(String influencerId, String what, LocalDate due, String setBy) {
        String id = Long.toString(Objects.requireNonNull(redis.opsForValue().increment(RedisKeys.deadlineSequence())));
        redis.opsForHash().putAll(RedisKeys.deadline(id), Map.of("id", id, "inf", influencerId, "what", what,
                "due", due.toString(), "by", setBy, "state", Deadline.State.OPEN.name(), "closed", "0"));
        redis.opsForSet().add(RedisKeys.deadlinesOf(influencerId), id);
        redis.opsForZSet().add(RedisKeys.openDeadlines(), id, due.toEpochDay());
        return get(id).orElseThrow();
    }

    public Optional<Deadline> get(String id) {
        Map<Object, Object> h = redis.opsForHash().entries(RedisKeys.deadline(id));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        long closed = Long.parseLong((String) h.get("closed"));
        return Optional.of(new Deadline(id, (String) h.get("inf"), (String) h.get("what"), LocalDate.parse((String) h.get("due")),
                (String) h.get("by"), Deadline.State.valueOf((String) h.get("state")), closed == 0 ? null : Instant.ofEpochMilli(closed)));
    }

    /** Closes an open deadline (delivered or cancelled); false when it was not open. */
    public boolean close(Deadline d, Deadline.State state, Instant at, boolean onTime) {
        Long done = redis.execute(CLOSE, List.of(RedisKeys.deadline(d.id()), RedisKeys.openDeadlines(),
                RedisKeys.deadlineReliability(d.influencerId())), state.name(), Long.toString(at.toEpochMilli()),
                onTime ? "1" : "0", d.id());
        return done != null && done == 1;
    }

    public List<Deadline> ofInfluencer(String influencerId) {
        Set<String> ids = redis.opsForSet().members(RedisKeys.deadlinesOf(influencerId));
        List<Deadline> found = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            get(id).ifPresent(found::add);
        }
        found.sort(java.util.Comparator.comparing(Deadline::due));
        return found;
    }

    /** Open deadlines due up to {@code until} (overdue ones too), soonest first. */
    public List<Deadline> openUntil(LocalDate until, int limit) {
        Set<String> ids = redis.opsForZSet().rangeByScore(RedisKeys.openDeadlines(), Double.NEGATIVE_INFINITY,
                until.toEpochDay(), 0, limit);
        List<Deadline> found = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            get(id).filter(Deadline::open).ifPresent(found::add);
        }
        return found;
    }

    public Reliability reliability(String influencerId) {
        Map<Object, Object> h = redis.opsForHash().entries(RedisKeys.deadlineReliability(influencerId));
        return new Reliability(Long.parseLong((String) h.getOrDefault("closed", "0")),
                Long.parseLong((String) h.getOrDefault("onTime", "0")));
    }

    /** Marks a contract end as alerted once (SET NX); false when it already was. */
    public boolean markContractAlerted(String influencerId, LocalDate end) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(RedisKeys.contractAlerted(influencerId, end.toString()), "1",
                java.time.Duration.ofDays(400)));
    }
}
