package com.daren.bot.outbound;

import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends answers that could not go back passively, through each channel's {@link Messenger}, on its own threads:
 * WxJava may retry a failing call for half a minute, which must never hold a callback thread.
 */
@Component
public class OutboundSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

    private final Map<Channel, Messenger> messengers = new EnumMap<>(Channel.class);
    private final ExecutorService executor;
    private final MeterRegistry meters;

    OutboundSender(List<Messenger> messengers, MeterRegistry meters) {
        messengers.forEach(m -> this.messengers.put(m.channel(), m));
        this.meters = meters;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "outbound-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void sendLater(OutboundMessage message) {
        executor.execute(() -> send(message));
    }

    /** Runs a send of another kind (a group post) on the same threads, off the caller's. */
    public void executeLater(Runnable send) {
        executor.execute(send);
    }

    /** Sends now on the caller's thread; failures are logged and counted, and reported to the caller. */
    public boolean send(OutboundMessage message) {
        Messenger messenger = messengers.get(message.channel());
        if (messenger == null) {
            log.warn("no messenger for channel {}: answer to {} not sent", message.channel(), message.recipientId());
            meters.counter("daren.outbound.failed", "channel", message.channel().id(), "reason", "no-channel").increment();
            return false;
        }
        try {
            messenger.send(message);
            meters.counter("daren.outbound.sent", "channel", message.channel().id()).increment();
            return true;
        } catch (DeliveryException e) {
            log.warn("answer to {} on {} not delivered ({}): {}", message.recipientId(), message.channel(),
                    e.outcomeUnknown() ? "outcome unknown" : "failed", e.getMessage());
            meters.counter("daren.outbound.failed", "channel", message.channel().id(),
                    "reason", e.outcomeUnknown() ? "unknown" : "failed").increment();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
