package com.daren.timer;

import java.time.Instant;

/**
 * A due item a dispatcher holds for a while (its lease). Only the holder of {@link #token()} can complete or
 * release it; when the lease runs out first, recovery gets the item with a new token.
 *
 * @param due when the item was due (kept across recovery, for lateness and horizons)
 */
public record Claim(String queue, String id, Instant due, String token) {
}
