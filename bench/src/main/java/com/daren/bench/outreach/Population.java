package com.daren.bench.outreach;

import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.store.RedisKeys;
import org.springframework.data.redis.connection.RedisZSetCommands;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Set-up through the real stores, so the dispatcher sees exactly the state production writes: influencers through
 * {@link InfluencerStore#create}, enrolments through {@link EnrollmentStore#start} (record HASH, due item, active and
 * latest indexes, counters), from several threads over one shared Lettuce connection (auto-pipelined).
 */
final class Population {

    /** Owners the enrolments are spread over (the per-sender cap counts per owner). */
    static final int OWNERS = 100;

    /** One group of influencers, each with one enrolment whose step 0 is pending. */
    record Cohort(String sequence, String[] handles, String[] influencerIds, String[] enrolmentIds) {

        int size() {
            return handles.length;
        }

        /** The due-queue items of every enrolment's first step. */
        List<String> firstStepItems() {
            return Arrays.stream(enrolmentIds).map(id -> EnrollmentStore.itemId(id, 0)).toList();
        }
    }

    private final StringRedisTemplate redis;
    private final InfluencerStore influencers;
    private final EnrollmentStore enrollments;
    private final Clock clock = Clock.systemUTC();
    private final int threads;

    Population(StringRedisTemplate redis, int threads) {
        this.redis = redis;
        this.influencers = new InfluencerStore(redis, clock);
        this.enrollments = new EnrollmentStore(redis);
        this.threads = threads;
    }

    /**
     * {@code n} new influencers with handles {@code prefix000001 …}; no enrolments yet. They are created as contacted,
     * the status {@code /seq start} leaves them in (it moves prospects to contacted when it enrols them), so the
     * dispatcher finds what it finds in production and has no status to move at the first send.
     */
    Cohort influencers(String prefix, String sequence, int n) {
        String[] handles = new String[n];
        String[] ids = new String[n];
        parallel(n, i -> {
            String handle = prefix + String.format(Locale.ROOT, "%06d", i + 1);
            Influencer created = influencers.create(Influencer.builder(Platform.XIAOHONGSHU, handle)
                    .name("达人" + prefix + (i + 1)).followers(10_000 + i).tags(List.of("美妆"))
                    .owner(owner(i)).status(PipelineStatus.CONTACTED).build(), owner(i));
            handles[i] = handle;
            ids[i] = created.id();
        });
        return new Cohort(sequence, handles, ids, new String[n]);
    }

    /** Enrols every influencer of the cohort; step 0 falls due at {@code firstDue}. */
    void enrol(Cohort cohort, Instant firstDue) {
        parallel(cohort.size(), i -> {
            Instant now = clock.instant();
            Enrollment started = enrollments.start(Enrollment.start(enrollments.nextId(), cohort.influencerIds()[i],
                    cohort.sequence(), owner(i), now), firstDue);
            cohort.enrolmentIds()[i] = started.id();
        });
    }

    /**
     * "The minute arrives": every first-step item is made due at {@code due} ({@code ZADD XX}, pipelined), exactly the
     * state {@link EnrollmentStore#start} would have left had it been given that time (the enrolment HASH holds no
     * due time; only the due item does).
     */
    void makeDue(Cohort cohort, Instant due) {
        byte[] key = RedisKeys.due(EnrollmentStore.QUEUE).getBytes(StandardCharsets.UTF_8);
        List<String> items = cohort.firstStepItems();
        double score = due.toEpochMilli();
        for (int from = 0; from < items.size(); from += 10_000) {
            List<String> chunk = items.subList(from, Math.min(items.size(), from + 10_000));
            redis.executePipelined((RedisCallback<Object>) c -> {
                for (String item : chunk) {
                    c.zSetCommands().zAdd(key, score, item.getBytes(StandardCharsets.UTF_8),
                            RedisZSetCommands.ZAddArgs.ifExists());
                }
                return null;
            });
        }
    }

    static String owner(int i) {
        return String.format(Locale.ROOT, "staff_%02d", i % OWNERS); // a WeCom userid's usual length
    }

    private void parallel(int n, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = Math.max(1, (n + threads - 1) / threads);
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 0; from < n; from += chunk) {
                int start = from;
                int end = Math.min(n, from + chunk);
                parts.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        task.accept(i);
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("set-up failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
