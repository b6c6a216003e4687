package com.daren.community;

import java.time.Instant;

/**
 * Someone joined a group (simulator event, WeCom change_external_chat add_member, relay join).
 *
 * @param memberId the member's id on the group's channel (WeCom userid or external_userid, simulator name)
 * @param name     a display name when the channel gives one, else the id
 */
public record MemberJoined(String groupId, String memberId, String name, Instant at) {
}
