package com.daren.bot.outreach;

import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.outreach.AlreadyEnrolledException;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.SequenceDefinition;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts one influencer into a sequence, or says why not: already in one, opted out, archived. Enrolling moves a
 * prospect (or an inactive/unresponsive one) to contacted.
 */
@Component
class Enrolment {

    private final EnrollmentStore enrollments;
    private final InfluencerStore influencers;
    private final Clock clock;

    Enrolment(EnrollmentStore enrollments, InfluencerStore influencers, Clock clock) {
        this.enrollments = enrollments;
        this.influencers = influencers;
        this.clock = clock;
    }

    /** Empty when enrolled; otherwise the reason it was skipped (zh, en). */
    Optional<String[]> enroll(Influencer influencer, SequenceDefinition sequence, String actor) {
        if (influencer.archived()) {
            return Optional.of(new String[] {"已归档", "archived"});
        }
        if (influencer.status() == PipelineStatus.OPTED_OUT) {
            return Optional.of(new String[] {"已退订", "opted out"});
        }
        Instant now = clock.instant();
        String owner = influencer.owner().isEmpty() ? actor : influencer.owner();
        Enrollment enrollment = Enrollment.start(enrollments.nextId(), influencer.id(), sequence.name(), owner, now);
        try {
            enrollments.start(enrollment, OutreachDispatcher.nextDue(sequence, 0, now));
        } catch (AlreadyEnrolledException e) {
            String running = enrollments.get(e.enrollmentId()).map(Enrollment::sequence).orElse("?");
            return Optional.of(new String[] {"已在序列 " + running + " 中", "already in sequence " + running});
        }
        if (influencer.status().canMoveTo(PipelineStatus.CONTACTED)) {
            influencers.update(influencer.id(), actor, "enrolled in " + sequence.name(),
                    i -> i.status().canMoveTo(PipelineStatus.CONTACTED) ? i.toBuilder().status(PipelineStatus.CONTACTED).build() : i);
        }
        return Optional.empty();
    }
}
