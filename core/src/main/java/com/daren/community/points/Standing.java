package com.daren.community.points;

/**
 * A member's points in a group.
 *
 * @param rank   1-based place on the all-time board, 0 when they have no points yet
 * @param streak current check-in streak (0 when the last check-in was before yesterday)
 */
public record Standing(long total, long week, long month, long rank, int streak) {
}
