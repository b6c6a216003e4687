package com.daren.scheduler;

import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tick of the timer, composed of two small tasks per queue: claim what is due and run it on worker threads,
 * then take back what dead dispatchers left behind. Quartz calls {@link #tick()} every {@code daren.scheduler.tick}; the state it works
 * on is all in Redis, so any instance can run it and a restart loses nothing.
 */
public class DueWorkRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DueWorkRunner.class);

    private final DueQueue queue;
    private final List<DueWork> work;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService workers;

    public DueWorkRunner(DueQueue queue, List<DueWork> work, Clock clock, Duration lease, int threads) {
        this.queue = queue;
        this.work = List.copyOf(work);
        this.clock = clock;
        this.lease = lease;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "due-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Claims and runs everything due now (in batches), then recovers expired leases. Returns items handled. */
    public int tick() {
        int handled = 0;
        for (DueWork w : work) {
            handled += runDue(w);
            recoverExpired(w);
        }
        return handled;
    }

    /**
     * Claims batch after batch while full ones come. The next batch is claimed and queued while the previous one
     * still runs, so the workers do not idle through each batch's tail and the claim's round trip; at most two
     * batches are held at a time.
     */
    private int runDue(DueWork w) {
        int handled = 0;
        List<Future<?>> previous = List.of();
        List<Claim> batch;
        while (!(batch = queue.claim(w.queue(), clock.instant(), w.batchSize(), lease)).isEmpty()) {
            List<Future<?>> running = submit(w, batch);
            await(w, previous);
            previous = running;
            handled += batch.size();
            if (batch.size() < w.batchSize()) {
                break;
            }
        }
        await(w, previous);
        return handled;
    }

    private List<Future<?>> submit(DueWork w, List<Claim> batch) {
        List<Runnable> tasks;
        try {
            tasks = w.tasks(batch);
        } catch (RuntimeException e) {
            log.warn("preparing a batch of {} failed; handling its items one by one", w.queue(), e);
            tasks = batch.stream().<Runnable>map(c -> () -> w.handle(c)).toList();
        }
        List<Future<?>> running = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Claim c = batch.get(i);
            Runnable task = tasks.get(i);
            running.add(workers.submit(() -> safely(c, task, false)));
        }
        return running;
    }

    private static void await(DueWork w, List<Future<?>> running) {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                log.error("due work on {} failed", w.queue(), e);
            }
        }
    }

    private void recoverExpired(DueWork w) {
        for (Claim c : queue.expired(w.queue(), clock.instant(), w.batchSize(), lease)) {
            safely(c, () -> w.recover(c), true);
        }
    }

    private static void safely(Claim c, Runnable task, boolean recovering) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // The claim stays leased; when the lease ends, recovery decides what is safe.
            log.error("{} {}/{} failed; recovery will look at it after the lease", recovering ? "recovering" : "running",
                    c.queue(), c.id(), e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
