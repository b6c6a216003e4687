package com.daren.reminder;

import com.daren.timer.DueQueue;

import java.util.Optional;

/**
 * Sets and cancels reminders. Setting schedules the timer item before writing the record: a crash in between
 * leaves a timer item with no reminder, which the dispatcher drops, never a confirmed reminder that cannot fire.
 */
public class ReminderService {

    private final ReminderStore store;
    private final DueQueue queue;

    public ReminderService(ReminderStore store, DueQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    /** Stores {@code draft} (its id is ignored) as a new reminder and returns it with its id. */
    public Reminder set(Reminder draft) {
        String id = store.nextId();
        Reminder r = new Reminder(id, draft.channel(), draft.chatId(), draft.recipientId(), draft.createdBy(),
                draft.text(), draft.next(), draft.repeat(), draft.zone(), draft.lang(), Reminder.State.ACTIVE, 0, 0);
        queue.schedule(ReminderStore.QUEUE, id, r.next());
        store.save(r);
        return r;
    }

    /** Cancels an active reminder; empty when there is none with that id. A leased firing sees the state and stops. */
    public Optional<Reminder> cancel(String id) {
        Optional<Reminder> found = store.get(id).filter(Reminder::active);
        if (found.isEmpty() || !store.cancel(found.get())) {
            return Optional.empty();
        }
        queue.cancel(ReminderStore.QUEUE, id);
        return found;
    }
}
