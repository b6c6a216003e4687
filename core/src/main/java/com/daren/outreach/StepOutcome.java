package com.daren.outreach;

import java.util.Locale;

/** What happened to one step of one enrolment. */
public enum StepOutcome {
    /** A dispatcher is sending it now; if it dies here, the outcome is unknown and never blindly re-sent. */
    SENDING,
    SENT,
    /** A WeCom customer-contact task the employee must still confirm in the WeCom client. */
    AWAITING_CONFIRMATION,
    /** The request may have reached WeChat; an operator must check. */
    UNKNOWN,
    /** Failed definitely, even after retries. */
    FAILED,
    SKIPPED,
    /** Came due long ago (downtime): flagged for the operator instead of sent late. */
    OVERDUE,
    /** A manual step the owner marked done. */
    DONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
