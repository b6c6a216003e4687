package com.daren.scheduler;

import com.daren.timer.Claim;

import java.util.List;
import java.util.function.Consumer;

/** A feature's handling of its timer queue's items (outreach steps, briefs, reminders …). */
public interface DueWork {

    /** The due-queue name, e.g. "outreach". */
    String queue();

    /** At most this many items are claimed per tick (the feature's rate limits act inside {@link #handle}). */
    default int batchSize() {
        return 200;
    }

    void handle(Claim claim);

    /**
     * The work for a claimed batch, one task per claim in the batch's order, run on the worker threads. By default
     * each task is {@link #handle}; a feature may first read what the whole batch needs in one round trip.
     */
    default List<Runnable> tasks(List<Claim> batch) {
        return batch.stream().<Runnable>map(c -> () -> handle(c)).toList();
    }

    /** An item whose lease ran out: decide whether it is safe to run again. */
    void recover(Claim claim);

    /** The common case: a queue whose items are handled and recovered one by one, 200 claimed per tick. */
    static DueWork of(String queue, Consumer<Claim> handle, Consumer<Claim> recover) {
        return of(queue, 200, handle, recover);
    }

    /** As {@link #of(String, Consumer, Consumer)}, claiming at most {@code batchSize} per tick. */
    static DueWork of(String queue, int batchSize, Consumer<Claim> handle, Consumer<Claim> recover) {
        return new DueWork() {
            @Override
            public String queue() {
                return queue;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public void handle(Claim claim) {
                handle.accept(claim);
            }

            @Override
            public void recover(Claim claim) {
                recover.accept(claim);
            }
        };
    }
}
