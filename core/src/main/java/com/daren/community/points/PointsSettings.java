package com.daren.community.points;

import java.time.ZoneId;

/**
 * Points rules.
 *
 * @param zone           days (one check-in each), weeks and months are counted in this zone
 * @param checkInPoints  points for a check-in
 * @param streakBonus    extra points per consecutive day after the first …
 * @param streakBonusCap … up to this many extra points
 * @param maxAward       the most an operator may give or take in one /points give
 * @param keepLog        how many awards each group's log keeps
 */
public record PointsSettings(ZoneId zone, int checkInPoints, int streakBonus, int streakBonusCap, int maxAward,
                             int keepLog) {

    /** Points for the check-in that makes a streak of {@code streak} days. */
    public int forCheckIn(int streak) {
        return checkInPoints + Math.min((streak - 1) * streakBonus, streakBonusCap);
    }
}
