package com.daren.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Faults to apply to the next send calls, one per call, in the order they were scheduled
 * (so {@code failNext(2,..)} then {@code delayNext(1,..)} fails two calls and delays the third).
 */
final class FaultQueue {

    /** Exactly one of: a JSON error (errcode != 0), a bare HTTP status (status > 0), or a delay. */
    record Fault(int errcode, String errmsg, int httpStatus, Duration delay) {
        boolean isDelay() {
            return delay != null;
        }
    }

    private final Deque<Fault> faults = new ArrayDeque<>();

    synchronized void add(int times, Fault fault) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be >= 0: " + times);
        }
        for (int i = 0; i < times; i++) {
            faults.addLast(fault);
        }
    }

    /** @return the fault for this call, or null to answer normally. */
    synchronized Fault poll() {
        return faults.pollFirst();
    }

    synchronized void clear() {
        faults.clear();
    }
}
