package com.daren.channel;

import java.util.Locale;

/** Where a message came from or goes to; each has its own delivery semantics (docs/ARCHITECTURE.md). */
public enum Channel {
    /** WeCom self-built app: 1:1 chats with employees; sends are immediate but rate-limited per member. */
    WECOM,
    /** Official Account: customer-service messages only within 48 hours of the follower's last message. */
    MP,
    /** Local simulator: sends at once into a Redis outbox; for development and demos only. */
    SIM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
