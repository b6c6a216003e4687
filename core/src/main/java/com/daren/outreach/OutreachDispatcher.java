package com.daren.outreach;

import com.daren.command.Lang;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.store.RedisKeys;
import com.daren.store.VersionedWrite;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Runs claimed outreach steps. For every step: check it is still wanted → window → influencer still reachable →
 * limits → mark SENDING → send → record the outcome and schedule the next step, in that order, so that:
 * <ul>
 *   <li>a dispatcher that dies before SENDING leaves a step that recovery simply runs again;</li>
 *   <li>one that dies after SENDING leaves a step whose outcome is unknown: recovery flags it for the operator
 *       and pauses the enrolment, never re-sends it;</li>
 *   <li>two dispatchers never hold the same step (the due queue's claims are exclusive), the SENDING mark is
 *       a versioned write, and a claim that finds another dispatcher's SENDING mark flags the step instead of
 *       sending it, so even a stale claim (one that went on after its lease ended) cannot send twice.</li>
 * </ul>
 */
public class OutreachDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutreachDispatcher.class);

    private final EnrollmentStore enrollments;
    private final InfluencerStore influencers;
    private final SequenceCatalog sequences;
    private final OutreachDelivery delivery;
    private final MessageTemplates templates;
    private final OperatorAlerts alerts;
    private final DueQueue queue;
    private final OutreachLimits limits;
    private final OutreachSettings settings;
    private final Clock clock;

    public OutreachDispatcher(EnrollmentStore enrollments, InfluencerStore influencers, SequenceCatalog sequences,
                              OutreachDelivery delivery, MessageTemplates templates, OperatorAlerts alerts,
                              DueQueue queue, OutreachLimits limits, OutreachSettings settings, Clock clock) {
        this.enrollments = enrollments;
        this.influencers = influencers;
        this.sequences = sequences;
        this.delivery = delivery;
        this.templates = templates;
        this.alerts = alerts;
        this.queue = queue;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs one claimed step (or final action). Never throws for a step's own trouble; it records it. */
    public void handle(Claim claim) {
        handle(claim, null, null);
    }

    /**
     * One task per claim of a batch, with the batch's enrolments and their influencers read first in two pipelined
     * round trips instead of two per step. What was read may be a few milliseconds old when a task runs: every change
     * a task makes is a versioned write of the enrolment (SENDING first), so a change meanwhile (a reply, a pause)
     * makes that write fail and the step is looked at again, exactly as with a fresh read.
     */
    public List<Runnable> tasks(List<Claim> batch) {
        List<String> ids = batch.stream().map(c -> EnrollmentStore.parseItemId(c.id())[0]).toList();
        Map<String, Enrollment> found = enrollments.getAll(ids);
        Map<String, Influencer> people = new HashMap<>();
        influencers.getAll(found.values().stream().map(Enrollment::influencerId).distinct().toList())
                .forEach(i -> people.put(i.id(), i));
        List<Runnable> tasks = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Claim claim = batch.get(i);
            Optional<Enrollment> enrollment = Optional.ofNullable(found.get(ids.get(i)));
            Influencer influencer = enrollment.map(e -> people.get(e.influencerId())).orElse(null);
            tasks.add(() -> handle(claim, enrollment, influencer));
        }
        return tasks;
    }

    /** {@code known}/{@code knownInfluencer}: read with the batch, or null to read them here. */
    private void handle(Claim claim, Optional<Enrollment> known, Influencer knownInfluencer) {
        String[] parts = EnrollmentStore.parseItemId(claim.id());
        int index = Integer.parseInt(parts[1]);
        Optional<Enrollment> found = known != null ? known : enrollments.get(parts[0]);
        if (found.isEmpty() || !found.get().isActive() || found.get().step() != index) {
            queue.complete(claim);
            return;
        }
        Enrollment enrollment = found.get();
        StepRecord mark = enrollment.stepRecord(index);
        if (mark != null && mark.outcome() == StepOutcome.SENDING) {
            // Another dispatcher marked it and may be sending right now: a stale claim that went on after its lease
            // ended and recovery had put the step back. Surfaced, never sent a second time.
            Instant now = clock.instant();
            Optional<Enrollment> flagged = enrollments.save(enrollment, enrollment.record(index, new StepRecord(
                    StepOutcome.UNKNOWN, now, mark.attempt(), mark.variant(), "another dispatcher was sending it"),
                    false).pause("outcome unknown"), now, w -> w.increment(stats(enrollment.sequence()), "unknown", 1));
            if (flagged.isEmpty()) {
                queue.release(claim, now); // it changed meanwhile (e.g. that send was recorded): look again
                return;
            }
            queue.complete(claim);
            alert(enrollment, "seq/alert-concurrent", index, Map.of());
            return;
        }
        Optional<SequenceDefinition> sequence = sequences.find(enrollment.sequence());
        Instant now = clock.instant();
        if (sequence.isEmpty()) {
            end(claim, enrollment, enrollment.pause("sequence " + enrollment.sequence() + " no longer exists"), w -> { });
            alert(enrollment, "seq/alert-missing-sequence", index, Map.of());
            return;
        }
        SequenceDefinition seq = sequence.get();
        if (index >= seq.steps().size()) {
            finish(claim, enrollment, seq);
            return;
        }
        StepDefinition step = seq.steps().get(index);
        if (Duration.between(claim.due(), now).compareTo(settings.overdueHorizon()) > 0) {
            Enrollment flagged = enrollment.record(index, new StepRecord(StepOutcome.OVERDUE, now, null, null,
                    "due " + claim.due()), false).pause("overdue");
            end(claim, flagged, w -> { });
            alert(enrollment, "seq/alert-overdue", index, Map.of());
            return;
        }
        if (!seq.window().isOpen(now)) {
            queue.release(claim, withJitter(seq.window().nextOpen(now)));
            return;
        }
        Influencer influencer = knownInfluencer != null ? knownInfluencer
                : influencers.get(enrollment.influencerId()).orElse(null);
        if (influencer == null || influencer.archived()) {
            end(claim, enrollment, enrollment.stop("influencer archived or removed"), w -> { });
            return;
        }
        if (influencer.status() == PipelineStatus.OPTED_OUT) {
            end(claim, enrollment, enrollment.optedOut(), w -> w.increment(stats(seq), "opted_out", 1));
            return;
        }
        if (step.manual()) {
            Enrollment waiting = enrollment.waitForManualStep();
            end(claim, waiting, w -> { });
            alerts.alert(enrollment.owner(), render(step.template(), influencer, enrollment, null));
            return;
        }
        Optional<Instant> notYet = limits.acquire(enrollment.owner(), now);
        if (notYet.isPresent()) {
            queue.release(claim, withJitter(notYet.get()));
            return;
        }
        send(claim, enrollment, seq, step, influencer, now);
    }

    /** A claim whose lease ran out: its dispatcher died, before or after it started sending. */
    public void recover(Claim claim) {
        String[] parts = EnrollmentStore.parseItemId(claim.id());
        int index = Integer.parseInt(parts[1]);
        Optional<Enrollment> found = enrollments.get(parts[0]);
        if (found.isEmpty() || found.get().step() != index || found.get().state().ended()) {
            queue.complete(claim);
            return;
        }
        Enrollment enrollment = found.get();
        StepRecord record = enrollment.stepRecord(index);
        Instant now = clock.instant();
        if (record != null && record.outcome() == StepOutcome.SENDING) {
            Enrollment unknown = enrollment.record(index, new StepRecord(StepOutcome.UNKNOWN, now, record.attempt(),
                    record.variant(), "dispatcher stopped while sending"), false);
            Enrollment paused = unknown.isActive() ? unknown.pause("outcome unknown") : unknown;
            end(claim, paused, w -> w.increment(stats(enrollment.sequence()), "unknown", 1));
            alert(enrollment, "seq/alert-interrupted", index, Map.of());
            return;
        }
        // Claimed but never started sending: safe to run again, spread out so a restart is no burst.
        queue.release(claim, now.plusMillis(ThreadLocalRandom.current().nextLong(Math.max(1, settings.lateSpread().toMillis()))));
    }

    private void send(Claim claim, Enrollment enrollment, SequenceDefinition seq, StepDefinition step,
                      Influencer influencer, Instant now) {
        int index = step.index();
        StepDefinition.Variant variant = pickVariant(step, enrollment);
        String template = variant == null ? step.template() : variant.template();
        String variantName = variant == null ? null : variant.name();
        String text = render(template, influencer, enrollment, variantName);
        String attempt = VersionedWrite.newVersion();
        StepRecord previous = enrollment.stepRecord(index);
        int failures = previous != null && previous.outcome() == StepOutcome.FAILED ? attemptsIn(previous) : 0;
        Optional<Enrollment> sending = enrollments.save(enrollment, enrollment.record(index,
                new StepRecord(StepOutcome.SENDING, now, attempt, variantName, ""), false), now, w -> { });
        if (sending.isEmpty()) {
            // Changed under us (a reply, a pause): look again shortly with fresh state.
            queue.release(claim, now);
            return;
        }
        DeliveryResult result;
        try {
            result = delivery.deliver(influencer, step.channel(), step.fallback(), text);
        } catch (RuntimeException e) {
            log.error("outreach delivery for {} threw", claim.id(), e);
            result = new DeliveryResult.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Enrollment current = sending.get();
        Instant done = clock.instant();
        if (result instanceof DeliveryResult.Sent sent) {
            advance(claim, current, influencer, seq, index, done,
                    new StepRecord(StepOutcome.SENT, done, attempt, variantName, sent.channel()), variantName);
        } else if (result instanceof DeliveryResult.AwaitingConfirmation task) {
            advance(claim, current, influencer, seq, index, done, new StepRecord(StepOutcome.AWAITING_CONFIRMATION, done, attempt,
                    variantName, task.channel() + " task " + task.taskId()), variantName);
        } else if (result instanceof DeliveryResult.NotNow notNow) {
            if (step.fallback() == StepDefinition.Fallback.SKIP) {
                advance(claim, current, influencer, seq, index, done,
                        new StepRecord(StepOutcome.SKIPPED, done, attempt, variantName, notNow.reason()), null);
            } else {
                restore(claim, current, index, previous, withJitter(notNow.retryAt()));
            }
        } else if (result instanceof DeliveryResult.Failed failed) {
            int attempts = failures + 1;
            if (failed.retryable() && attempts < settings.maxAttempts()) {
                Instant retry = done.plus(settings.firstBackoff().multipliedBy(1L << Math.min(attempts - 1, 10)));
                Enrollment waiting = current.record(index, new StepRecord(StepOutcome.FAILED, done, attempt,
                        variantName, "attempts=" + attempts + " " + failed.reason()), false);
                enrollments.save(current, waiting, done, w -> { });
                queue.release(claim, retry);
            } else {
                Enrollment failedEnrollment = current.record(index, new StepRecord(StepOutcome.FAILED, done, attempt,
                        variantName, failed.reason()), false).pause("send failed");
                end(claim, current, failedEnrollment, w -> w.increment(stats(seq), "failed:" + index, 1));
                alert(enrollment, "seq/alert-failed", index, Map.of("reason", failed.reason()));
            }
        } else if (result instanceof DeliveryResult.Unknown unknown) {
            Enrollment paused = current.record(index, new StepRecord(StepOutcome.UNKNOWN, done, attempt, variantName,
                    unknown.reason()), false).pause("outcome unknown");
            end(claim, current, paused, w -> w.increment(stats(seq), "unknown", 1));
            alert(enrollment, "seq/alert-timeout", index, Map.of());
        }
    }

    /** The step went (or was skipped): record it and schedule the next step or the final action, together. */
    private void advance(Claim claim, Enrollment current, Influencer influencer, SequenceDefinition seq, int index,
                         Instant at, StepRecord record, String variant) {
        Enrollment next = current.record(index, record, true);
        Instant nextDue = nextDue(seq, index + 1, at);
        String statsKey = stats(seq);
        boolean firstContact = index == 0;
        Optional<Enrollment> saved = enrollments.save(current, next, at, w -> {
            w.addToSortedSet(RedisKeys.due(EnrollmentStore.QUEUE), EnrollmentStore.itemId(current.id(), index + 1),
                    nextDue.toEpochMilli());
            queue.completeWith(claim, w);
            if (record.outcome() != StepOutcome.SKIPPED) {
                w.increment(statsKey, "sent:" + index, 1);
                if (variant != null) {
                    w.increment(statsKey, "sent:" + index + ":" + variant, 1);
                }
            }
        });
        if (saved.isEmpty()) {
            log.warn("enrolment {} changed while step {} was sending; outcome {} kept only in the log",
                    current.id(), index, record.outcome());
            queue.complete(claim);
        }
        if (firstContact && saved.isPresent()) {
            markContacted(current, influencer);
        }
    }

    /** Nothing was sent after all (NotNow): take the SENDING mark back and try later. */
    private void restore(Claim claim, Enrollment current, int index, StepRecord previous, Instant retryAt) {
        java.util.Map<Integer, StepRecord> steps = new java.util.TreeMap<>(current.steps());
        if (previous == null) {
            steps.remove(index);
        } else {
            steps.put(index, previous);
        }
        Enrollment back = new Enrollment(current.id(), current.influencerId(), current.sequence(), current.owner(),
                current.state(), current.step(), steps, current.reason(), current.startedAt(), current.updatedAt(),
                current.version());
        enrollments.save(current, back, clock.instant(), w -> { });
        queue.release(claim, retryAt);
    }

    private void finish(Claim claim, Enrollment enrollment, SequenceDefinition seq) {
        Enrollment completed = enrollment.complete();
        end(claim, completed, w -> w.increment(stats(seq), "unresponsive", 1));
        if (seq.finalAction() == SequenceDefinition.FinalAction.MARK_UNRESPONSIVE) {
            try {
                influencers.update(enrollment.influencerId(), "sequence:" + seq.name(), "no answer",
                        i -> i.status().canMoveTo(PipelineStatus.UNRESPONSIVE)
                                ? i.toBuilder().status(PipelineStatus.UNRESPONSIVE).build() : i);
            } catch (RuntimeException e) {
                log.warn("could not mark influencer {} unresponsive", enrollment.influencerId(), e);
            }
        }
    }

    /** {@code influencer} as read before the send: saves a read; a change since then makes the update read again. */
    private void markContacted(Enrollment enrollment, Influencer influencer) {
        if (influencer.status() != PipelineStatus.PROSPECT) {
            return; // already past prospect when the step went: nothing to move, no read or write
        }
        try {
            influencers.update(influencer, "sequence:" + enrollment.sequence(), "first outreach sent",
                    i -> i.status() == PipelineStatus.PROSPECT ? i.toBuilder().status(PipelineStatus.CONTACTED).build() : i);
        } catch (RuntimeException e) {
            log.warn("could not mark influencer {} contacted", enrollment.influencerId(), e);
        }
    }

    private void end(Claim claim, Enrollment after, Consumer<VersionedWrite> extra) {
        Enrollment before = enrollments.get(after.id()).orElse(after);
        end(claim, before, after, extra);
    }

    private void end(Claim claim, Enrollment before, Enrollment after, Consumer<VersionedWrite> extra) {
        enrollments.save(before, after, clock.instant(), extra);
        queue.complete(claim);
    }

    /** When step {@code index} falls due after the previous one went at {@code at}; the final action after the last. */
    public static Instant nextDue(SequenceDefinition seq, int index, Instant at) {
        if (index >= seq.steps().size()) {
            return at.plus(seq.finalDelay());
        }
        StepDefinition step = seq.steps().get(index);
        if (step.businessDays() == null) {
            return at.plus(step.delay());
        }
        ZonedDateTime t = at.atZone(seq.window().zone());
        int left = step.businessDays();
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toInstant();
    }

    private Instant withJitter(Instant at) {
        long max = settings.jitter().toMillis();
        return max <= 0 ? at : at.plusMillis(ThreadLocalRandom.current().nextLong(max));
    }

    /** Stable per enrolment, so a retry sends the same variant; weighted. */
    private static StepDefinition.Variant pickVariant(StepDefinition step, Enrollment enrollment) {
        if (step.variants().isEmpty()) {
            return null;
        }
        int total = step.variants().stream().mapToInt(StepDefinition.Variant::weight).sum();
        int ticket = Math.floorMod((enrollment.id() + ":" + step.index()).hashCode(), Math.max(1, total));
        for (StepDefinition.Variant v : step.variants()) {
            ticket -= v.weight();
            if (ticket < 0) {
                return v;
            }
        }
        return step.variants().get(step.variants().size() - 1);
    }

    private String render(String template, Influencer influencer, Enrollment enrollment, String variant) {
        return templates.render(template, Lang.ZH, Map.of(
                "name", influencer.name(), "handle", influencer.handle(), "platform", influencer.platform().zh(),
                "owner", enrollment.owner(), "variant", variant == null ? "" : variant,
                "tags", influencer.tags()));
    }

    /** Tells the enrolment's owner, in a template (operators edit these like every other message). */
    private void alert(Enrollment enrollment, String template, int index, Map<String, Object> extra) {
        Influencer influencer = influencers.get(enrollment.influencerId()).orElse(null);
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("handle", influencer == null ? enrollment.influencerId() : influencer.handle());
        model.put("name", influencer == null ? "" : influencer.name());
        model.put("sequence", enrollment.sequence());
        model.put("step", index + 1);
        alerts.alert(enrollment.owner(), templates.render(template, Lang.ZH, model));
    }

    private static int attemptsIn(StepRecord record) {
        String detail = record.detail();
        if (detail != null && detail.startsWith("attempts=")) {
            try {
                return Integer.parseInt(detail.substring(9, detail.indexOf(' ') > 0 ? detail.indexOf(' ') : detail.length()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }

    private static String stats(SequenceDefinition seq) {
        return RedisKeys.sequenceStats(seq.name());
    }

    private static String stats(String sequence) {
        return RedisKeys.sequenceStats(sequence);
    }
}
