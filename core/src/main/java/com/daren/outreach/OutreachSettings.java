package com.daren.outreach;

import java.time.Duration;

/**
 * Limits and timings of outreach dispatch.
 *
 * @param overdueHorizon    a step due longer ago than this (downtime) is flagged for the operator, not sent late
 * @param lateSpread        steps found late after a restart are spread over this much time, never sent as a burst
 * @param jitter            up to this much random delay when a step is (re)scheduled, so hundreds don't leave at
 *                          the same second
 * @param perSecond         global outreach sends per second (WeChat throttles and bans senders)
 * @param perSenderDaily    sends per owner operator per day
 * @param maxAttempts       definite failures retried up to this many times, with exponential backoff
 * @param firstBackoff      the first retry's delay (doubling after)
 */
public record OutreachSettings(Duration overdueHorizon, Duration lateSpread, Duration jitter,
                               int perSecond, int perSenderDaily, int maxAttempts, Duration firstBackoff) {

    public static final OutreachSettings DEFAULTS = new OutreachSettings(Duration.ofDays(2), Duration.ofMinutes(30),
            Duration.ofSeconds(30), 20, 200, 5, Duration.ofSeconds(30));
}
