package com.daren.scheduler;

import com.daren.timer.Claim;

/** A feature's handling of its timer queue's items (outreach steps, briefs, reminders …). */
public interface DueWork {

    /** The due-queue name, e.g. "outreach". */
    String queue();

    /** At most this many items are claimed per tick (the feature's rate limits act inside {@link #handle}). */
    default int batchSize() {
        return 200;
    }

    void handle(Claim claim);

    /** An item whose lease ran out: decide whether it is safe to run again. */
    void recover(Claim claim);
}
