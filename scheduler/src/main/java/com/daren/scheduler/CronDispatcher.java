package com.daren.scheduler;

import com.daren.store.RedisKeys;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns cron firings into due-queue items, once per (job, fire time) across instances and restarts, and runs them.
 * Quartz is in memory on each instance, so two instances both fire at 18:00; {@link DueQueue#scheduleOnce} lets one
 * through. An item whose dispatcher died mid-run is recorded as interrupted and not run again: a report sent twice is
 * worse than one the operator is told about in /schedule list.
 */
public class CronDispatcher implements DueWork {

    public static final String QUEUE = "cron";
    private static final Logger log = LoggerFactory.getLogger(CronDispatcher.class);
    private static final Duration KEEP_FIRING = Duration.ofDays(7);

    private final DueQueue queue;
    private final ScheduleBook book;
    private final Map<String, ScheduledJob> jobs;
    private final ScheduleProperties properties;
    private final Clock clock;

    public CronDispatcher(DueQueue queue, ScheduleBook book, List<ScheduledJob> jobs, ScheduleProperties properties, Clock clock) {
        this.queue = queue;
        this.book = book;
        this.jobs = jobs.stream().collect(Collectors.toMap(ScheduledJob::name, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /** Jobs that are both configured and implemented by a bean, by name. */
    public Map<String, ScheduleProperties.Cron> configured() {
        return properties.jobs().entrySet().stream().filter(e -> jobs.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    /** A Quartz firing (or a catch-up): queue it unless some instance already did. */
    public boolean fire(String job, Instant fireTime) {
        boolean queued = queue.scheduleOnce(QUEUE, job + "@" + fireTime.toEpochMilli(), fireTime,
                RedisKeys.scheduleFiring(job, fireTime.toEpochMilli()), KEEP_FIRING);
        log.debug("cron {} at {}: {}", job, fireTime, queued ? "queued" : "already taken");
        return queued;
    }

    /** At start-up: the latest firing of each job missed within the catch-up window runs now, once. */
    public void catchUp() {
        Instant now = clock.instant();
        configured().forEach((name, cron) -> lastFireBefore(cron, now)
                .filter(at -> Duration.between(at, now).compareTo(properties.catchUp()) <= 0)
                .ifPresent(at -> fire(name, at)));
    }

    static Optional<Instant> lastFireBefore(ScheduleProperties.Cron cron, Instant now) {
        CronExpression expression = expression(cron);
        Instant candidate = null;
        Date probe = Date.from(now.minus(Duration.ofDays(8)));
        while ((probe = expression.getTimeAfter(probe)) != null && !probe.toInstant().isAfter(now)) {
            candidate = probe.toInstant();
        }
        return Optional.ofNullable(candidate);
    }

    public static Optional<Instant> nextFireAfter(ScheduleProperties.Cron cron, Instant now) {
        return Optional.ofNullable(expression(cron).getTimeAfter(Date.from(now))).map(Date::toInstant);
    }

    static CronExpression expression(ScheduleProperties.Cron cron) {
        try {
            CronExpression expression = new CronExpression(cron.cron());
            expression.setTimeZone(TimeZone.getTimeZone(cron.zone()));
            return expression;
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad cron expression '" + cron.cron() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void handle(Claim claim) {
        String name = claim.id().substring(0, claim.id().lastIndexOf('@'));
        Instant fire = Instant.ofEpochMilli(Long.parseLong(claim.id().substring(claim.id().lastIndexOf('@') + 1)));
        ScheduledJob job = jobs.get(name);
        ScheduleProperties.Cron cron = properties.jobs().get(name);
        if (job == null || cron == null) {
            queue.complete(claim);
            return;
        }
        if (book.paused(name)) {
            book.record(name, new ScheduleBook.LastRun(fire, clock.instant(), "skipped", "paused"));
            queue.complete(claim);
            return;
        }
        String outcome = "ok";
        String detail;
        try {
            detail = job.run(fire, cron.zone());
        } catch (RuntimeException e) {
            log.error("cron job {} for {} failed", name, fire, e);
            outcome = "failed";
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        book.record(name, new ScheduleBook.LastRun(fire, clock.instant(), outcome, detail == null ? "" : detail));
        queue.complete(claim);
    }

    @Override
    public void recover(Claim claim) {
        String name = claim.id().substring(0, claim.id().lastIndexOf('@'));
        Instant fire = Instant.ofEpochMilli(Long.parseLong(claim.id().substring(claim.id().lastIndexOf('@') + 1)));
        book.record(name, new ScheduleBook.LastRun(fire, clock.instant(), "interrupted",
                "the instance running it stopped; not run again"));
        queue.complete(claim);
    }
}
