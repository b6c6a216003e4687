package com.daren.channel;

/** The outbound port: one adapter per channel. Implementations may block; never call them on a callback thread. */
public interface Messenger {

    Channel channel();

    /**
     * Sends the message or throws {@link DeliveryException}, which says whether the failure is definite
     * (safe to retry) or the outcome is unknown (the request may have left).
     */
    void send(OutboundMessage message);
}
