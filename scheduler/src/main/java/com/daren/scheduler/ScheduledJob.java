package com.daren.scheduler;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A feature's cron job (daily report, weekly report …), matched by {@link #name()} to its entry under
 * {@code daren.schedules.jobs} in config/application.yml. Quartz only wakes it: each firing goes through the shared
 * due queue once (one instance of many, and not again after a restart), then {@link #run} does the work.
 */
public interface ScheduledJob {

    String name();

    /** Does the job for the firing at {@code fireTime}; returns a short summary for /schedule list. */
    String run(Instant fireTime, ZoneId zone);
}
