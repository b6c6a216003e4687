package com.daren.scheduler;

import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What every instance must agree on about cron jobs, in Redis: which are paused, and how each last ran. */
public class ScheduleBook {

    /** One run: the firing it was for, when it ended, its outcome (ok, failed, skipped, interrupted) and a summary. */
    public record LastRun(Instant fire, Instant ended, String outcome, String detail) {
    }

    private final StringRedisTemplate redis;

    public ScheduleBook(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void pause(String job) {
        redis.opsForSet().add(RedisKeys.schedulesPaused(), job);
    }

    public void resume(String job) {
        redis.opsForSet().remove(RedisKeys.schedulesPaused(), job);
    }

    public boolean paused(String job) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(RedisKeys.schedulesPaused(), job));
    }

    public void record(String job, LastRun run) {
        redis.opsForHash().putAll(RedisKeys.scheduleLastRun(job), Map.of("fire", Long.toString(run.fire().toEpochMilli()),
                "ended", Long.toString(run.ended().toEpochMilli()), "outcome", run.outcome(), "detail", run.detail()));
    }

    public Optional<LastRun> lastRun(String job) {
        Map<Object, Object> h = redis.opsForHash().entries(RedisKeys.scheduleLastRun(job));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LastRun(Instant.ofEpochMilli(Long.parseLong((String) h.get("fire"))),
                Instant.ofEpochMilli(Long.parseLong((String) h.get("ended"))), (String) h.get("outcome"), (String) h.get("detail")));
    }
}
