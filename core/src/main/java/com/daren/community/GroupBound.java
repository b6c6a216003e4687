package com.daren.community;

import java.time.Instant;

/** A group became known to the bot (by /group bind, WeCom discovery or a create event). */
public record GroupBound(String groupId, String boundBy, Instant at) {
}
