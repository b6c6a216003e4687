package com.daren.community;

import java.time.Instant;

/** Someone left a group (or was removed); recorded, never answered in the group. */
public record MemberLeft(String groupId, String memberId, Instant at) {
}
