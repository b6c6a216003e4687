package com.daren.channel;

/**
 * Published for every new inbound message that is not a command (influencer replies, group chatter, events), so
 * features such as outreach or community react to it without the inbound pipeline knowing them.
 *
 * @param influencerId the influencer whose WeChat identity wrote this, or {@code null} when not linked
 */
public record MessageReceived(InboundMessage message, String influencerId) {
}
