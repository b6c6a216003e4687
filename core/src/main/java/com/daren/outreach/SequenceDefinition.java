package com.daren.outreach;

import java.time.Duration;
import java.util.List;

/**
 * An outreach sequence as defined in {@code config/sequences/*.yml}.
 *
 * @param finalDelay  after the last step, how long to wait for an answer before the final action
 * @param finalAction what happens when the sequence runs out without an answer
 * @param source      the file it came from, for messages
 */
public record SequenceDefinition(String name, String description, List<StepDefinition> steps, SendWindow window,
                                 Duration finalDelay, FinalAction finalAction, String source) {

    public SequenceDefinition {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one step");
        }
    }

    public enum FinalAction {
        /** Set the influencer to unresponsive (PRODUCT.md's day-14 rule). */
        MARK_UNRESPONSIVE,
        /** Just end. */
        NONE
    }
}
