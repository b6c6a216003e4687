package com.daren.outreach;

import java.time.Duration;
import java.util.List;

/**
 * One step of a sequence.
 *
 * @param delay        how long after the previous step (after enrolment for the first); ignored when
 *                     {@code businessDays} is set
 * @param businessDays working days after the previous step (Monday–Friday in the window's zone), or null
 * @param template     the message template under templates/ (e.g. {@code outreach/intro}); for a manual step,
 *                     the reminder sent to the owner
 * @param variants     A/B variants (template and weight); empty means the one template
 * @param manual       a task for the owner (e.g. send samples): reminds them and waits for {@code /seq done}
 * @param fallback     what to do when the channel cannot take the message now (capped, window closed …)
 */
public record StepDefinition(int index, String name, Duration delay, Integer businessDays, StepChannel channel,
                             String template, List<Variant> variants, boolean manual, Fallback fallback) {

    public StepDefinition {
        variants = List.copyOf(variants);
    }

    /** An A/B variant of a step's message. */
    public record Variant(String name, String template, int weight) {
    }

    public enum Fallback {
        /** Wait until the channel can take it. */
        WAIT,
        /** Try the influencer's other channel. */
        OTHER_CHANNEL,
        /** Skip this step and go on. */
        SKIP
    }
}
