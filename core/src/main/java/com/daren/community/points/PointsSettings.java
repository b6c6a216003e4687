package com.daren.community.points;

/**
 * Points rules. Days (one check-in each), weeks and months are counted in the group's own zone.
 *
 * @param checkInPoints  points for a check-in
 * @param streakBonus    extra points per consecutive day after the first …
 * @param streakBonusCap … up to this many extra points
 * @param maxAward       the most an operator may give or take in one /points give
 * @param keepLog        how many awards each group's log keeps
 */
public record PointsSettings(int checkInPoints, int streakBonus, int streakBonusCap, int maxAward,
                             int keepLog) {

    /** Points for the check-in that makes a streak of {@code streak} days. */
    public int forCheckIn(int streak) {
        return checkInPoints + Math.min((streak - 1) * streakBonus, streakBonusCap);
    }
}
