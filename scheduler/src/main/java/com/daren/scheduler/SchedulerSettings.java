package com.daren.scheduler;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Quartz drives the timing; the truth about what is due lives in Redis (see docs/ARCHITECTURE.md, "Timers").
 *
 * @param threads Quartz worker threads: the jobs only move due work out of Redis, so a few are enough
 */
@Validated
@ConfigurationProperties("daren.scheduler")
public record SchedulerSettings(@Min(1) @DefaultValue("4") int threads) {
}
