package com.daren.bot.wecom.external;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Budgets against WeCom's cap on company messages per customer, counted in Redis per external contact and period.
 * A slot is taken before a task is created (so two dispatchers cannot both take the last one) and given back
 * when WeCom definitely created nothing.
 */
class CustomerMessageCap {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessageCap.class);

    /** Takes a slot if one is left; answers the new count, or minus the count already reached. */
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            local n = tonumber(redis.call('GET', KEYS[1]) or '0')
            if n >= tonumber(ARGV[1]) then return -n end
            redis.call('INCR', KEYS[1])
            redis.call('PEXPIREAT', KEYS[1], ARGV[2])
            return n + 1
            """, Long.class);

    private static final RedisScript<Long> GIVE_BACK = new DefaultRedisScript<>("""
            local n = tonumber(redis.call('GET', KEYS[1]) or '0')
            if n > 0 then return redis.call('DECR', KEYS[1]) end
            return 0
            """, Long.class);

    /** Counters outlive their period a little, so a slot given back just after midnight finds its counter. */
    private static final Duration MARGIN = Duration.ofDays(1);

    sealed interface Budget {
    }

    /** A slot is ours; {@code key} is where to give it back. */
    record Taken(String key) implements Budget {
    }

    /** None left: {@code received} messages this period already; the next period starts at {@code nextPeriod}. */
    record Exhausted(long received, Instant nextPeriod) implements Budget {
    }

    private final StringRedisTemplate redis;
    private final CapPeriod cap;

    CustomerMessageCap(StringRedisTemplate redis, CapPeriod cap) {
        this.redis = redis;
        this.cap = cap;
    }

    Budget take(String externalUserId, Instant now) {
        CapPeriod.Window window = cap.windowAt(now);
        String key = RedisKeys.weComCustomerMessages(externalUserId, window.start().toString());
        Instant end = cap.startOf(window.end());
        Long result;
        try {
            result = redis.execute(TAKE, List.of(key), Integer.toString(window.cap()),
                    Long.toString(end.plus(MARGIN).toEpochMilli()));
        } catch (RuntimeException e) {
            throw new StoreException("could not count company messages for " + externalUserId, e);
        }
        if (result == null || result < 0) {
            return new Exhausted(result == null ? window.cap() : -result, end);
        }
        return new Taken(key);
    }

    /** WeCom created nothing after all: the slot is free again. If Redis fails here the slot stays used (safe side). */
    void giveBack(Taken taken) {
        try {
            redis.execute(GIVE_BACK, List.of(taken.key()));
        } catch (RuntimeException e) {
            log.warn("could not give back a company-message slot ({}); it stays used this period", taken.key(), e);
        }
    }
}
