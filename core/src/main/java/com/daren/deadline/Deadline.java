package com.daren.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deliverable an influencer owes by a date (视频交稿 by 2026-12-01).
 *
 * @param closedAt when it was delivered or cancelled, null while open
 */
public record Deadline(String id, String influencerId, String what, LocalDate due, String setBy, State state,
                       Instant closedAt) {

    public enum State { OPEN, DELIVERED, CANCELLED }

    public boolean open() {
        return state == State.OPEN;
    }

    /** Delivered on or before its date, read in the zone the team works in. */
    public boolean onTime(java.time.ZoneId zone) {
        return state == State.DELIVERED && !closedAt.atZone(zone).toLocalDate().isAfter(due);
    }
}
