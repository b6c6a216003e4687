package com.daren.bot.callback;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Refuses a signed callback that is replayed: a timestamp outside the window, or a nonce seen before with a
 * different payload. The same payload with the same nonce is WeChat retrying, which is let through (and then
 * de-duplicated by message id), so a retry is answered 200 and has no second effect.
 */
@Component
public class ReplayGuard {

    private static final Duration MIN_NONCE_MEMORY = Duration.ofMinutes(10);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final CallbackProperties properties;

    ReplayGuard(StringRedisTemplate redis, Clock clock, CallbackProperties properties) {
        this.redis = redis;
        this.clock = clock;
        this.properties = properties;
    }

    public void check(String channel, String timestamp, String nonce, String payload) {
        if (nonce == null || nonce.isBlank() || nonce.length() > 64) {
            throw CallbackRejected.badRequest("missing or oversized nonce");
        }
        checkClock(timestamp);
        String digest = sha256(timestamp + "\n" + payload);
        Duration memory = properties.checksClock() && properties.maxClockSkew().multipliedBy(2).compareTo(MIN_NONCE_MEMORY) > 0
                ? properties.maxClockSkew().multipliedBy(2) : MIN_NONCE_MEMORY;
        String key = RedisKeys.callbackNonce(channel, nonce);
        try {
            Boolean first = redis.opsForValue().setIfAbsent(key, digest, memory);
            if (!Boolean.TRUE.equals(first) && !digest.equals(redis.opsForValue().get(key))) {
                throw CallbackRejected.forbidden("nonce already used for another payload");
            }
        } catch (CallbackRejected e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not check the callback nonce", e);
        }
    }

    private void checkClock(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            throw CallbackRejected.badRequest("timestamp must be epoch seconds");
        }
        if (!properties.checksClock()) {
            return;
        }
        Duration skew;
        try {
            skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        } catch (DateTimeException | ArithmeticException e) {
            // Beyond what an Instant can hold: certainly outside the window (and not a 500).
            throw CallbackRejected.forbidden("timestamp outside the allowed window");
        }
        if (skew.compareTo(properties.maxClockSkew()) > 0) {
            throw CallbackRejected.forbidden("timestamp outside the allowed window");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
