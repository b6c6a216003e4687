package com.daren.reminder;

import com.daren.channel.DeliveryException;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fires claimed reminders at most once per occurrence: mark SENDING (a script that checks the occurrence is still
 * the current one) → send → record the occurrence and, for a repeat, move to the next one → put the timer item back
 * at that time (or complete it). A dispatcher that dies before marking leaves an item recovery runs again; one that
 * dies after marking leaves an occurrence whose outcome is unknown, which recovery records as done without sending
 * it again; one that dies after recording leaves an item recovery puts back at the next occurrence.
 */
public class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);
    private static final Duration RETRY = Duration.ofMinutes(1);
    private static final int MAX_ATTEMPTS = 5;

    private final ReminderStore store;
    private final DueQueue queue;
    private final List<Messenger> messengers;
    private final MessageTemplates templates;
    private final Clock clock;

    public ReminderDispatcher(ReminderStore store, DueQueue queue, List<Messenger> messengers,
                              MessageTemplates templates, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.messengers = List.copyOf(messengers);
        this.templates = templates;
        this.clock = clock;
    }

    public void handle(Claim claim) {
        Optional<Reminder> found = store.get(claim.id());
        if (found.isEmpty() || !found.get().active()) {
            queue.complete(claim); // cancelled or done
            return;
        }
        Reminder r = found.get();
        if (r.next().isAfter(clock.instant())) {
            queue.release(claim, r.next()); // its occurrence was already handled: wait for the next one
            return;
        }
        int started = store.startSending(r);
        if (started != 1) {
            if (started == -1) {
                log.warn("reminder {} at {} is being sent by another dispatcher; not sending it twice", r.id(), r.next());
            }
            queue.complete(claim);
            return;
        }
        Optional<Instant> next = nextOccurrence(r);
        try {
            send(r, next);
        } catch (DeliveryException e) {
            // A definite failure is safe to try again; an unknown outcome is never re-sent.
            if (!e.outcomeUnknown() && store.failedAttempt(r) < MAX_ATTEMPTS) {
                queue.release(claim, clock.instant().plus(RETRY));
                return;
            }
            log.warn("reminder {} at {} {}: {}", r.id(), r.next(), e.outcomeUnknown() ? "may not have arrived" : "failed",
                    e.getMessage());
            tellCreator(r, e.outcomeUnknown());
        }
        settle(claim, r, next);
    }

    /** A lease ran out: the dispatcher died somewhere between claiming and settling. */
    public void recover(Claim claim) {
        Optional<Reminder> found = store.get(claim.id());
        if (found.isEmpty() || !found.get().active()) {
            queue.complete(claim);
            return;
        }
        Reminder r = found.get();
        if (r.next().isAfter(clock.instant())) {
            queue.release(claim, r.next()); // recorded, not yet put back: put it back
        } else if (r.sending() == r.next().toEpochMilli()) {
            log.warn("reminder {} at {}: dispatcher stopped while sending; counted as sent, not sent again",
                    r.id(), r.next());
            tellCreator(r, true);
            settle(claim, r, nextOccurrence(r));
        } else {
            queue.release(claim, clock.instant()); // never started: run it now
        }
    }

    private void settle(Claim claim, Reminder r, Optional<Instant> next) {
        store.finish(r, r.next(), next);
        if (next.isPresent()) {
            queue.release(claim, next.get());
        } else {
            queue.complete(claim);
        }
    }

    /** The occurrence after this one, after now too: a repeat that was down for a week does not fire seven times. */
    private Optional<Instant> nextOccurrence(Reminder r) {
        ZonedDateTime after = (r.next().isAfter(clock.instant()) ? r.next() : clock.instant()).atZone(r.zone());
        return r.repeat().map(rep -> rep.nextAfter(after).toInstant());
    }

    /**
     * Nothing is dropped silently: whoever set the reminder hears, one-to-one, that this occurrence failed or may not
     * have arrived (it is not sent again, so they can follow up themselves). Best effort: if that fails too, the log
     * line above is what is left.
     */
    private void tellCreator(Reminder r, boolean outcomeUnknown) {
        try {
            String text = templates.render("reminder/undelivered", r.lang(), Map.of("id", r.id(), "text", r.text(),
                    "when", ReminderFormat.when(r.next().atZone(r.zone()), r.lang()), "unknown", outcomeUnknown));
            messenger(r).send(new OutboundMessage(r.channel(), r.createdBy(), null, text));
        } catch (RuntimeException e) {
            log.warn("could not tell {} that reminder {} was not delivered: {}", r.createdBy(), r.id(), e.getMessage());
        }
    }

    private Messenger messenger(Reminder r) {
        return messengers.stream().filter(m -> m.channel() == r.channel()).findFirst()
                .orElseThrow(() -> new DeliveryException("no messenger for " + r.channel(), false, null));
    }

    private void send(Reminder r, Optional<Instant> next) {
        String text = templates.render("reminder/fired", r.lang(), Map.of("text", r.text(), "by", r.createdBy(),
                "repeat", r.repeat().map(rep -> rep.describe().in(r.lang())).orElse(""),
                "next", next.map(n -> ReminderFormat.when(n.atZone(r.zone()), r.lang())).orElse("")));
        messenger(r).send(new OutboundMessage(r.channel(), r.recipientId(), r.chatId(), text));
    }
}
