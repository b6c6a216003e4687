package com.daren.community.points;

/**
 * @param accepted false when the member had already checked in today
 * @param streak   consecutive days up to today
 * @param awarded  points this check-in gave (0 when refused)
 * @param total    the member's points in the group now
 */
public record CheckInResult(boolean accepted, int streak, int awarded, long total) {
}
