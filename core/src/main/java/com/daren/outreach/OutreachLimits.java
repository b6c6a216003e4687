package com.daren.outreach;

import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The global rate limit and the per-sender daily cap, counted in Redis so every instance shares them, in one script
 * (one round trip per send). A send over the limit is given the first later second that still has room, and that
 * room is reserved ({@link RedisKeys#outreachRateReservedPrefix}), so the sends deferred from one burst fill the following
 * seconds one after the other instead of all landing on the same second, overflowing it and being deferred again.
 * A counter Lettuce replays may count one send twice: that only delays a send, it never doubles one.
 */
public class OutreachLimits {

    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");
    /** How far ahead a deferred send looks for a second with room; beyond it, it simply tries again then. */
    private static final int LOOK_AHEAD_SECONDS = 3600;

    /**
     * KEYS: rate prefix, reserved prefix, cap key. ARGV: second, per-second, cap, look-ahead. Returns 0 when the send
     * may go now (counted against both), -1 when the sender's cap for the day is used up, else the second reserved.
     */
    private static final RedisScript<Long> ACQUIRE = new DefaultRedisScript<>("""
            local ratePrefix, reservedPrefix, capKey = KEYS[1], KEYS[2], KEYS[3]
            local second, perSecond, cap, ahead = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            local rateKey = ratePrefix .. second
            local n = redis.call('INCR', rateKey)
            if n == 1 then redis.call('EXPIRE', rateKey, 5) end
            if n > perSecond then
              for t = second + 1, second + ahead do
                local key = reservedPrefix .. t
                local r = tonumber(redis.call('GET', key) or '0')
                local sent = tonumber(redis.call('GET', ratePrefix .. t) or '0')
                if r + sent < perSecond then
                  redis.call('INCR', key)
                  redis.call('EXPIRE', key, t - second + 5)
                  return t
                end
              end
              return second + ahead
            end
            local today = redis.call('INCR', capKey)
            if today == 1 then redis.call('EXPIRE', capKey, 172800) end
            if today > cap then return -1 end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final OutreachSettings settings;

    public OutreachLimits(StringRedisTemplate redis, OutreachSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Empty when a send may go now (and counts it); otherwise when to try again. */
    public Optional<Instant> acquire(String owner, Instant now) {
        long second = now.getEpochSecond();
        LocalDate day = LocalDate.ofInstant(now, DAY_ZONE);
        Long verdict = redis.execute(ACQUIRE, List.of(RedisKeys.outreachRatePrefix(), RedisKeys.outreachRateReservedPrefix(),
                        RedisKeys.senderDailyCount(owner, day.toString())),
                Long.toString(second), Integer.toString(settings.perSecond()), Integer.toString(settings.perSenderDaily()),
                Integer.toString(LOOK_AHEAD_SECONDS));
        if (verdict == null || verdict == 0) {
            return Optional.empty();
        }
        if (verdict < 0) {
            return Optional.of(day.plusDays(1).atStartOfDay(DAY_ZONE).toInstant());
        }
        return Optional.of(Instant.ofEpochSecond(verdict));
    }
}
