package com.daren.bot.callback;

import org.springframework.http.HttpStatus;

/** A callback request refused before it had any effect; answered with its status and a one-line reason. */
public class CallbackRejected extends RuntimeException {

    private final HttpStatus status;

    public CallbackRejected(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    public CallbackRejected(HttpStatus status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static CallbackRejected forbidden(String reason) {
        return new CallbackRejected(HttpStatus.FORBIDDEN, reason);
    }

    public static CallbackRejected badRequest(String reason) {
        return new CallbackRejected(HttpStatus.BAD_REQUEST, reason);
    }
}
