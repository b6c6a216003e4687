package com.daren.deadline;

import com.daren.timer.DueQueue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Sets and closes deadlines. Setting one writes it, then schedules its nudges on the shared timer (a crash in between
 * leaves a deadline without nudges, listed and closable; never nudges for a deadline that does not exist). Closing
 * takes the waiting nudges off the timer; one already claimed sees the closed state and sends nothing.
 */
public class DeadlineService {

    private final DeadlineStore store;
    private final DueQueue queue;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime nudgeAt;

    public DeadlineService(DeadlineStore store, DueQueue queue, Clock clock, ZoneId zone, LocalTime nudgeAt) {
        this.store = store;
        this.queue = queue;
        this.clock = clock;
        this.zone = zone;
        this.nudgeAt = nudgeAt;
    }

    public Deadline set(String influencerId, String what, LocalDate due, String setBy) {
        Deadline d = store.create(influencerId, what, due, setBy);
        Instant now = clock.instant();
        for (Nudge nudge : Nudge.values()) {
            Instant at = nudge.at(due, nudgeAt, zone);
            if (at.isAfter(now)) {
                queue.schedule(DeadlineStore.QUEUE, nudge.itemId(d.id()), at);
            }
        }
        return d;
    }

    public Optional<Deadline> deliver(String id) {
        return close(id, Deadline.State.DELIVERED);
    }

    public Optional<Deadline> cancel(String id) {
        return close(id, Deadline.State.CANCELLED);
    }

    private Optional<Deadline> close(String id, Deadline.State state) {
        Optional<Deadline> found = store.get(id).filter(Deadline::open);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Deadline d = found.get();
        boolean onTime = !now.atZone(zone).toLocalDate().isAfter(d.due());
        if (!store.close(d, state, now, onTime)) {
            return Optional.empty();
        }
        for (Nudge nudge : Nudge.values()) {
            queue.cancel(DeadlineStore.QUEUE, nudge.itemId(id));
        }
        return store.get(id);
    }

    public ZoneId zone() {
        return zone;
    }
}
