package com.daren.community.points;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published after an accepted check-in, for whatever counts group activity (the activity statistics listen).
 *
 * @param day the member's check-in day in the points zone
 */
public record MemberCheckedIn(String groupId, String memberId, LocalDate day, int streak, Instant at) {
}
