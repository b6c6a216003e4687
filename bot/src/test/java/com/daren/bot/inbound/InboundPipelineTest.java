package com.daren.bot.inbound;

import com.daren.bot.DarenIntegrationTest;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.store.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * De-duplication and the sender's last-inbound time, which are taken together in one Redis round trip: the first
 * delivery takes the message and moves the time, a retry does neither, and a delivery whose processing failed is
 * let through again.
 */
@DarenIntegrationTest
@Import(InboundPipelineTest.Listeners.class)
class InboundPipelineTest {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());

    @Autowired
    InboundPipeline pipeline;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    FailOnce failOnce;

    @Test
    void theFirstDeliveryRecordsWhenTheSenderLastWrote() {
        String sender = "writer_" + IDS.incrementAndGet();
        Instant sentAt = Instant.parse("2026-11-25T10:00:00Z");

        pipeline.process(message(sender, "msg:" + IDS.incrementAndGet(), sentAt));

        String last = RedisKeys.lastInbound(Channel.SIM.id(), sender);
        assertThat(redis.opsForValue().get(last)).isEqualTo(Long.toString(sentAt.toEpochMilli()));
        assertThat(redis.getExpire(last)).isBetween(Duration.ofHours(48).toSeconds(), Duration.ofHours(49).toSeconds());
    }

    @Test
    void aLateRetryOfAnOlderMessageDoesNotSetTheLastInboundTimeBack() {
        String sender = "writer_" + IDS.incrementAndGet();
        InboundMessage older = message(sender, "msg:" + IDS.incrementAndGet(), Instant.parse("2026-11-25T10:00:00Z"));
        Instant newer = Instant.parse("2026-11-25T10:05:00Z");
        pipeline.process(older);
        pipeline.process(message(sender, "msg:" + IDS.incrementAndGet(), newer));

        pipeline.process(older);

        assertThat(redis.opsForValue().get(RedisKeys.lastInbound(Channel.SIM.id(), sender)))
                .isEqualTo(Long.toString(newer.toEpochMilli()));
    }

    @Test
    void aRepeatedDeliveryIsDroppedWithoutReachingTheListeners() {
        InboundMessage hello = message("writer_" + IDS.incrementAndGet(), "msg:" + IDS.incrementAndGet(), Instant.now());

        pipeline.process(hello);
        pipeline.process(hello);

        assertThat(failOnce.received.stream().filter(m -> m.equals(hello))).hasSize(1);
        assertThat(redis.hasKey(RedisKeys.inboundSeen(Channel.SIM.id(), hello.dedupKey()))).isTrue();
    }

    @Test
    void aRetryOfADeliveryWhoseProcessingFailedIsProcessed() {
        InboundMessage hello = message("writer_" + IDS.incrementAndGet(), "msg:" + IDS.incrementAndGet(), Instant.now());
        failOnce.failFor.add(hello.dedupKey());

        assertThatThrownBy(() -> pipeline.process(hello)).hasMessageContaining("listener failed");
        assertThat(redis.hasKey(RedisKeys.inboundSeen(Channel.SIM.id(), hello.dedupKey())))
                .as("forgotten, so WeChat's retry is not dropped").isFalse();

        pipeline.process(hello);

        assertThat(failOnce.received.stream().filter(m -> m.equals(hello))).hasSize(2);
        assertThat(redis.hasKey(RedisKeys.inboundSeen(Channel.SIM.id(), hello.dedupKey()))).isTrue();
    }

    private static InboundMessage message(String sender, String dedupKey, Instant sentAt) {
        return InboundMessage.text(Channel.SIM, dedupKey, sender, null, "hello there", sentAt);
    }

    /** A listener of every non-command message that fails the first time it sees a message it was told to. */
    static class FailOnce {
        final Set<String> failFor = ConcurrentHashMap.newKeySet();
        final List<InboundMessage> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MessageReceived event) {
            received.add(event.message());
            if (failFor.remove(event.message().dedupKey())) {
                throw new IllegalStateException("listener failed");
            }
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FailOnce failOnce() {
            return new FailOnce();
        }
    }
}
