package com.daren.outreach;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One influencer going through one sequence. State changes only through the verb methods, which follow
 * {@link EnrollmentState}'s table; a timer job never writes a state itself.
 *
 * @param step    the index of the next step to run (equal to the number of steps when only the final action is left)
 * @param steps   what happened to each step so far, by index
 * @param reason  why it ended or paused (replied, stopped by an operator, outcome unknown …)
 */
public record Enrollment(String id, String influencerId, String sequence, String owner, EnrollmentState state,
                         int step, Map<Integer, StepRecord> steps, String reason, Instant startedAt,
                         Instant updatedAt, String version) {

    public Enrollment {
        steps = Collections.unmodifiableMap(new TreeMap<>(steps));
        reason = reason == null ? "" : reason;
    }

    public static Enrollment start(String id, String influencerId, String sequence, String owner, Instant at) {
        return new Enrollment(id, influencerId, sequence, owner, EnrollmentState.ACTIVE, 0, Map.of(), "", at, at, null);
    }

    public Enrollment pause(String why) {
        return moveTo(EnrollmentState.PAUSED, why);
    }

    public Enrollment resume() {
        return moveTo(EnrollmentState.ACTIVE, "");
    }

    public Enrollment stop(String why) {
        return moveTo(EnrollmentState.STOPPED, why);
    }

    public Enrollment replied() {
        return moveTo(EnrollmentState.REPLIED, "replied");
    }

    public Enrollment optedOut() {
        return moveTo(EnrollmentState.OPTED_OUT, "opted out");
    }

    public Enrollment waitForManualStep() {
        return moveTo(EnrollmentState.WAITING_MANUAL, "manual step");
    }

    public Enrollment complete() {
        return moveTo(EnrollmentState.COMPLETED, "no answer");
    }

    /** Records a step's outcome; {@code advance} moves on to the next step. */
    public Enrollment record(int index, StepRecord record, boolean advance) {
        Map<Integer, StepRecord> next = new TreeMap<>(steps);
        next.put(index, record);
        return new Enrollment(id, influencerId, sequence, owner, state, advance ? index + 1 : step, next, reason,
                startedAt, updatedAt, version);
    }

    public boolean isActive() {
        return state == EnrollmentState.ACTIVE;
    }

    public StepRecord stepRecord(int index) {
        return steps.get(index);
    }

    Enrollment withVersion(String newVersion, Instant at) {
        return new Enrollment(id, influencerId, sequence, owner, state, step, steps, reason, startedAt, at, newVersion);
    }

    private Enrollment moveTo(EnrollmentState next, String why) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("enrolment " + id + " cannot go from " + state.id() + " to " + next.id());
        }
        return new Enrollment(id, influencerId, sequence, owner, next, step, steps, why, startedAt, updatedAt, version);
    }
}
