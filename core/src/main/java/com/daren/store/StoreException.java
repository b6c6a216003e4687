package com.daren.store;

/** A Redis failure translated at the edge, so callers never see driver exceptions. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
