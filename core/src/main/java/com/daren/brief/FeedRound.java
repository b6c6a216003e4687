package com.daren.brief;

import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fetch round: every source fetched concurrently (a bounded pool), each result cached in Redis (items, ETag,
 * Last-Modified, last error), then the pool version bumped once so every instance rebuilds its pool. One due item
 * ({@code brief-fetch/round}) drives it: it runs at least every {@code fetchEvery}, and {@code fetchLead} before
 * the earliest brief; {@link #requestRound()} moves it to now (a source added, {@code /brief fetch}).
 */
public class FeedRound implements AutoCloseable {

    public static final String QUEUE = "brief-fetch";
    static final String ITEM = "round";

    private static final Logger log = LoggerFactory.getLogger(FeedRound.class);

    private final BriefStore store;
    private final FeedReader reader;
    private final DueQueue queue;
    private final BriefSettings settings;
    private final Clock clock;
    private final ExecutorService pool;

    public FeedRound(BriefStore store, FeedReader reader, DueQueue queue, BriefSettings settings, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.fetchThreads(), r -> {
            Thread t = new Thread(r, "brief-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Fetches every source now; returns the ones that failed (id → reason). */
    public Map<String, String> refresh() {
        List<FeedSource> sources = store.sources();
        Map<String, Future<String>> running = new LinkedHashMap<>();
        for (FeedSource s : sources) {
            running.put(s.id(), pool.submit(() -> fetch(s)));
        }
        Map<String, String> failed = new LinkedHashMap<>();
        running.forEach((id, f) -> {
            try {
                String error = f.get();
                if (error != null) {
                    failed.put(id, error);
                }
            } catch (Exception e) {
                failed.put(id, e.getClass().getSimpleName());
                log.warn("fetching brief source {} failed", id, e);
            }
        });
        store.bumpPool();
        return failed;
    }

    /** One source; null when fine, else the reason (also recorded in its cache). */
    String fetch(FeedSource source) {
        BriefStore.FeedCache cache = store.feedCache(source.id());
        FetchResult result = reader.read(source, cache.etag(), cache.lastModified());
        Instant now = clock.instant();
        if (result instanceof FetchResult.Fetched fetched) {
            // keep when each story was first seen: a feed re-dating an old item does not make it news again
            Map<String, Instant> seen = new HashMap<>();
            cache.items().forEach(i -> seen.put(ItemKeys.urlKey(i), i.firstSeen()));
            List<FeedItem> items = fetched.items().stream()
                    .map(i -> seen.containsKey(ItemKeys.urlKey(i)) ? i.seenSince(seen.get(ItemKeys.urlKey(i))) : i).toList();
            store.saveFetched(source.id(), items, fetched.etag(), fetched.lastModified(), now);
            return null;
        }
        if (result instanceof FetchResult.NotModified) {
            store.saveNotModified(source.id(), now);
            return null;
        }
        String reason = ((FetchResult.Failed) result).reason();
        log.info("brief source {} ({}) failed: {}", source.id(), source.url(), reason);
        store.saveFailed(source.id(), reason, now);
        return reason;
    }

    public void handle(Claim claim) {
        refresh();
        queue.complete(claim);
        // a round requested while this one ran (a source added) stays due; otherwise the regular next one
        Instant next = nextRound();
        if (queue.dueAt(QUEUE, ITEM).filter(requested -> !requested.isAfter(next)).isEmpty()) {
            queue.schedule(QUEUE, ITEM, next);
        }
    }

    /** A round whose runner died: simply run it again (fetching twice is harmless). */
    public void recover(Claim claim) {
        handle(claim);
    }

    /** Runs a round as soon as a dispatcher ticks. */
    public void requestRound() {
        queue.schedule(QUEUE, ITEM, clock.instant());
    }

    /** Makes sure a round is scheduled (start-up). */
    public void ensureScheduled() {
        if (queue.dueAt(QUEUE, ITEM).isEmpty()) {
            queue.schedule(QUEUE, ITEM, clock.instant());
        }
    }

    Instant nextRound() {
        Instant now = clock.instant();
        Instant regular = now.plus(settings.fetchEvery());
        return queue.nextDue(BriefDispatcher.QUEUE)
                .map(due -> due.minus(settings.fetchLead()))
                .filter(ahead -> ahead.isAfter(now) && ahead.isBefore(regular))
                .orElse(regular);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
