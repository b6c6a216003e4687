package com.daren.outreach;

import java.time.Instant;

/** How a channel took (or did not take) an outreach message; each channel's real semantics map onto these. */
public sealed interface DeliveryResult {

    /** Out, immediately (WeCom app, Official Account inside its window, simulator). */
    record Sent(String channel) implements DeliveryResult {
    }

    /** A WeCom customer-contact task; reaches the influencer only once the employee confirms it in WeCom. */
    record AwaitingConfirmation(String channel, String taskId) implements DeliveryResult {
    }

    /** Cannot go now (per-customer cap, 48-hour window closed, rate limit); nothing was sent. */
    record NotNow(Instant retryAt, String reason) implements DeliveryResult {
    }

    /** Refused definitely; nothing reached the influencer. {@code retryable} for throttling and server errors. */
    record Failed(String reason, boolean retryable) implements DeliveryResult {
    }

    /** The request may have left (a timeout after sending): never re-sent blindly. */
    record Unknown(String reason) implements DeliveryResult {
    }
}
