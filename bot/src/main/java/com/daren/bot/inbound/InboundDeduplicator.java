package com.daren.bot.inbound;

import com.daren.channel.InboundMessage;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * WeChat retries an unanswered callback up to three times with the same MsgId, and several instances may receive
 * them: the first to {@code SET NX} the key takes the message, everyone else drops it. WxJava's own checker is
 * per process and short-lived, so it cannot do this.
 *
 * <p>Taking a message also records when its sender last wrote (the Official Account may answer for 48 hours after
 * that), in the same script: one Redis round trip per message instead of two, and only the first delivery moves
 * the time, so a late retry never sets it back.
 */
@Component
class InboundDeduplicator {

    private static final Duration REMEMBER = Duration.ofHours(24);
    /** An Official Account may answer for 48 hours after the follower's last message; keep a little longer. */
    private static final Duration LAST_INBOUND_TTL = Duration.ofHours(49);

    /** KEYS: seen, last inbound. ARGV: seen TTL (s), sender's message time (epoch ms), last-inbound TTL (s). */
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
              return 1
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    InboundDeduplicator(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** True for the first delivery of this message, which is then taken (and its sender's last-inbound time set). */
    boolean firstDelivery(InboundMessage message) {
        try {
            Long taken = redis.execute(TAKE,
                    List.of(seenKey(message), RedisKeys.lastInbound(message.channel().id(), message.senderId())),
                    Long.toString(REMEMBER.toSeconds()), Long.toString(message.sentAt().toEpochMilli()),
                    Long.toString(LAST_INBOUND_TTL.toSeconds()));
            return taken != null && taken == 1L;
        } catch (RuntimeException e) {
            throw new StoreException("could not check for a repeated delivery", e);
        }
    }

    /** Lets WeChat's next retry of this message through, after processing it failed. */
    void forget(InboundMessage message) {
        try {
            redis.delete(seenKey(message));
        } catch (RuntimeException e) {
            // Redis is what failed in the first place; the key expires on its own.
        }
    }

    private static String seenKey(InboundMessage message) {
        return RedisKeys.inboundSeen(message.channel().id(), message.dedupKey());
    }
}
