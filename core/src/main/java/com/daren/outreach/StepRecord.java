package com.daren.outreach;

import java.time.Instant;

/**
 * One step's outcome on an enrolment.
 *
 * @param attempt the token of the send attempt that set it (so a late finish from a dead attempt is recognised)
 * @param variant the A/B variant sent, if any
 */
public record StepRecord(StepOutcome outcome, Instant at, String attempt, String variant, String detail) {

    String encode() {
        return outcome.id() + "|" + at.toEpochMilli() + "|" + nz(attempt) + "|" + nz(variant) + "|" + nz(detail).replace('|', '/');
    }

    static StepRecord decode(String text) {
        String[] p = text.split("\\|", 5);
        return new StepRecord(StepOutcome.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)),
                Instant.ofEpochMilli(Long.parseLong(p[1])), emptyToNull(p[2]), emptyToNull(p[3]),
                p.length > 4 ? p[4] : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
