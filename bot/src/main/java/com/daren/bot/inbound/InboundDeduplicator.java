package com.daren.bot.inbound;

import com.daren.channel.InboundMessage;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * WeChat retries an unanswered callback up to three times with the same MsgId, and several instances may receive
 * them: the first to {@code SET NX} the key takes the message, everyone else drops it. WxJava's own checker is
 * per process and short-lived, so it cannot do this.
 */
@Component
class InboundDeduplicator {

    private static final Duration REMEMBER = Duration.ofHours(24);

    private final StringRedisTemplate redis;

    InboundDeduplicator(StringRedisTemplate redis) {
        this.redis = redis;
    }

    boolean firstDelivery(InboundMessage message) {
        try {
            Boolean taken = redis.opsForValue().setIfAbsent(
                    RedisKeys.inboundSeen(message.channel().id(), message.dedupKey()), "1", REMEMBER);
            return Boolean.TRUE.equals(taken);
        } catch (RuntimeException e) {
            throw new StoreException("could not check for a repeated delivery", e);
        }
    }

    /** Lets WeChat's next retry of this message through, after processing it failed. */
    void forget(InboundMessage message) {
        try {
            redis.delete(RedisKeys.inboundSeen(message.channel().id(), message.dedupKey()));
        } catch (RuntimeException e) {
            // Redis is what failed in the first place; the key expires on its own.
        }
    }
}
