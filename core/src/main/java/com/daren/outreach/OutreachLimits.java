package com.daren.outreach;

import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The global rate limit and the per-sender daily cap, counted in Redis so every instance shares them. A counter
 * Lettuce replays may count one send twice: that only delays a send, it never doubles one.
 */
public class OutreachLimits {

    private static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");

    private final StringRedisTemplate redis;
    private final OutreachSettings settings;

    public OutreachLimits(StringRedisTemplate redis, OutreachSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Empty when a send may go now (and counts it); otherwise when to try again. */
    public Optional<Instant> acquire(String owner, Instant now) {
        long second = now.getEpochSecond();
        String rateKey = RedisKeys.outreachRate(second);
        Long inSecond = redis.opsForValue().increment(rateKey);
        if (inSecond != null && inSecond == 1) {
            redis.expire(rateKey, Duration.ofSeconds(5));
        }
        if (inSecond != null && inSecond > settings.perSecond()) {
            return Optional.of(Instant.ofEpochSecond(second + 1 + (inSecond - 1) / settings.perSecond()));
        }
        LocalDate day = LocalDate.ofInstant(now, DAY_ZONE);
        String capKey = RedisKeys.senderDailyCount(owner, day.toString());
        Long today = redis.opsForValue().increment(capKey);
        if (today != null && today == 1) {
            redis.expire(capKey, Duration.ofDays(2));
        }
        if (today != null && today > settings.perSenderDaily()) {
            return Optional.of(day.plusDays(1).atStartOfDay(DAY_ZONE).toInstant());
        }
        return Optional.empty();
    }
}
