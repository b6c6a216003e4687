package com.daren.channel;

/** A send that did not succeed; {@link #outcomeUnknown()} when the request may have reached WeChat. */
public class DeliveryException extends RuntimeException {

    private final boolean outcomeUnknown;

    public DeliveryException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
