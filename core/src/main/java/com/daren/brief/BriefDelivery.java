package com.daren.brief;

/** Posts a brief into its group through the group's channel (adapters in bot/). */
public interface BriefDelivery {

    Result deliver(BriefGroup group, String text);

    sealed interface Result {
    }

    record Sent() implements Result {
    }

    /** Nothing reached the group; {@code retryable} for throttling and server errors. */
    record Failed(String reason, boolean retryable) implements Result {
    }

    /** The request may have left (a timeout after sending): never re-sent blindly. */
    record Unknown(String reason) implements Result {
    }
}
