package com.daren.bot.outreach;

import com.daren.command.CommandFailure;
import com.daren.command.Reply;
import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentState;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepOutcome;
import com.daren.outreach.StepRecord;
import com.daren.store.RedisKeys;
import com.daren.timer.DueQueue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** The operator's verbs on a running enrolment: stop, pause, resume, done. Each is one versioned write. */
@Component
class EnrollmentControl {

    private final EnrollmentStore enrollments;
    private final SequenceCatalog sequences;
    private final DueQueue queue;
    private final Clock clock;

    EnrollmentControl(EnrollmentStore enrollments, SequenceCatalog sequences, DueQueue queue, Clock clock) {
        this.enrollments = enrollments;
        this.sequences = sequences;
        this.queue = queue;
        this.clock = clock;
    }

    Enrollment running(Influencer influencer) {
        return enrollments.activeFor(influencer.id()).orElseThrow(() ->
                new CommandFailure(Reply.of("seq/not-enrolled", "handle", influencer.handle())));
    }

    Enrollment stop(Influencer influencer, String reason) {
        return change(influencer, e -> e.stop(reason.isBlank() ? "stopped by operator" : reason), false);
    }

    Enrollment pause(Influencer influencer) {
        return change(influencer, e -> e.pause("paused by operator"), false);
    }

    /** Back to active; the current step goes out now (inside the window), even if it had an unknown outcome. */
    Enrollment resume(Influencer influencer) {
        Enrollment current = running(influencer);
        if (current.state() != EnrollmentState.PAUSED) {
            throw new CommandFailure(Reply.of("seq/not-paused", "handle", influencer.handle(),
                    "state", current.state().zh(), "stateEn", current.state().id()));
        }
        return change(influencer, Enrollment::resume, true);
    }

    /** The owner finished a manual step (e.g. sent samples): record it and go on with the next step. */
    Enrollment done(Influencer influencer) {
        Enrollment current = running(influencer);
        if (current.state() != EnrollmentState.WAITING_MANUAL) {
            throw new CommandFailure(Reply.of("seq/no-manual-step", "handle", influencer.handle()));
        }
        Instant now = clock.instant();
        SequenceDefinition seq = sequence(current);
        Enrollment next = current.record(current.step(), new StepRecord(StepOutcome.DONE, now, null, null, "manual"), true)
                .resume();
        Instant due = OutreachDispatcher.nextDue(seq, current.step() + 1, now);
        return enrollments.save(current, next, now, w -> w.addToSortedSet(RedisKeys.due(EnrollmentStore.QUEUE),
                        EnrollmentStore.itemId(current.id(), current.step() + 1), due.toEpochMilli()))
                .orElseThrow(() -> new CommandFailure(Reply.of("seq/busy", "handle", influencer.handle())));
    }

    private Enrollment change(Influencer influencer, UnaryOperator<Enrollment> verb, boolean reschedule) {
        Enrollment current = running(influencer);
        Enrollment next;
        try {
            next = verb.apply(current);
        } catch (IllegalStateException e) {
            throw new CommandFailure(Reply.of("seq/not-allowed", "handle", influencer.handle(),
                    "state", current.state().zh(), "stateEn", current.state().id()));
        }
        Instant now = clock.instant();
        Enrollment saved = enrollments.save(current, next, now, w -> {
            if (reschedule) {
                w.addToSortedSet(RedisKeys.due(EnrollmentStore.QUEUE),
                        EnrollmentStore.itemId(current.id(), current.step()), now.toEpochMilli());
            }
        }).orElseThrow(() -> new CommandFailure(Reply.of("seq/busy", "handle", influencer.handle())));
        if (!reschedule && !next.isActive()) {
            queue.cancel(EnrollmentStore.QUEUE, EnrollmentStore.itemId(current.id(), current.step()));
        }
        return saved;
    }

    private SequenceDefinition sequence(Enrollment e) {
        return sequences.find(e.sequence()).orElseThrow(() ->
                new CommandFailure(Reply.of("seq/unknown-sequence", "name", e.sequence())));
    }
}
