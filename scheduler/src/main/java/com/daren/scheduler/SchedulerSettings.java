package com.daren.scheduler;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Quartz drives the timing; the truth about what is due lives in Redis (see docs/ARCHITECTURE.md, "Timers").
 *
 * @param threads Quartz worker threads: the jobs only move due work out of Redis, so a few are enough
 * @param tick    how often the due-work job runs; also how late a step put back to a later second (rate limit) can
 *                start, so it is well under a second
 * @param lease   how long a claimed item may be held before recovery takes it back (longer than any send)
 * @param workers threads that run claimed items (sends) in parallel
 * @param enabled switch the timer off (e.g. an instance that only answers callbacks)
 */
@Validated
@ConfigurationProperties("daren.scheduler")
public record SchedulerSettings(@Min(1) @DefaultValue("4") int threads,
                                @NotNull @DefaultValue("PT0.25S") Duration tick,
                                @NotNull @DefaultValue("PT2M") Duration lease,
                                @Min(1) @DefaultValue("16") int workers,
                                @DefaultValue("true") boolean enabled) {
}
