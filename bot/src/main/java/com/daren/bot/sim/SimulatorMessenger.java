package com.daren.bot.sim;

import com.daren.channel.Channel;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The simulator "sends" at once, into a capped Redis list that the chat page and scripts read back. */
@Component
@ConditionalOnSimulator
class SimulatorMessenger implements Messenger {

    static final int KEEP = 1_000;

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final Clock clock;

    SimulatorMessenger(StringRedisTemplate redis, ObjectMapper json, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SIM;
    }

    @Override
    public void send(OutboundMessage message) {
        SentMessage sent = new SentMessage(message.channel().id(), message.recipientId(), message.chatId(),
                message.text(), clock.instant());
        try {
            redis.opsForList().rightPush(RedisKeys.simulatorOutbox(), json.writeValueAsString(sent));
            redis.opsForList().trim(RedisKeys.simulatorOutbox(), -KEEP, -1);
        } catch (RuntimeException e) {
            throw new StoreException("could not write to the simulator outbox", e);
        }
    }

    List<SentMessage> outbox() {
        List<String> raw = Objects.requireNonNullElse(redis.opsForList().range(RedisKeys.simulatorOutbox(), 0, -1), List.of());
        return raw.stream().map(s -> json.readValue(s, SentMessage.class)).toList();
    }

    record SentMessage(String channel, String recipientId, String chatId, String text, Instant sentAt) {
    }
}
