package com.daren.community;

import com.daren.channel.Channel;

/**
 * The ways one community group is reachable. A group may have several (a WeCom customer group the team also
 * posts to through a group robot, say). Which of them deliver the group's messages to the bot is in
 * docs/ARCHITECTURE.md ("How group messages reach the bot").
 */
public enum GroupChatType {
    /** A WeCom customer group (客户群), by its chat_id; membership events arrive as change_external_chat. */
    WECOM_CUSTOMER(Channel.WECOM, true),
    /** A WeCom internal group chat the app created (appchat), by its chatid; the app can post, not read. */
    WECOM_APPCHAT(Channel.WECOM, true),
    /** A WeCom group robot's webhook URL: post only, and not an identity of inbound messages. */
    WECOM_ROBOT(Channel.WECOM, false),
    /** A simulator group, by its name on the chat page. */
    SIM(Channel.SIM, true);

    private final Channel channel;
    private final boolean identifiesInbound;

    GroupChatType(Channel channel, boolean identifiesInbound) {
        this.channel = channel;
        this.identifiesInbound = identifiesInbound;
    }

    public Channel channel() {
        return channel;
    }

    /** Whether an inbound message's (channel, chatId) can name a group through this chat (indexed in the store). */
    public boolean identifiesInbound() {
        return identifiesInbound;
    }

    /** Short stable code used in Redis and in the chat: wxgroup, appchat, robot, sim. */
    public String code() {
        return switch (this) {
            case WECOM_CUSTOMER -> "wxgroup";
            case WECOM_APPCHAT -> "appchat";
            case WECOM_ROBOT -> "robot";
            case SIM -> "sim";
        };
    }

    public static java.util.Optional<GroupChatType> fromCode(String code) {
        for (GroupChatType t : values()) {
            if (t.code().equalsIgnoreCase(code)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
