package com.daren.community;

import java.time.Instant;

/** A member's first check-in (签到) of the day in a group; published by check-in, counted by group activity. */
public record MemberCheckedIn(String groupId, String memberId, Instant at) {
}
