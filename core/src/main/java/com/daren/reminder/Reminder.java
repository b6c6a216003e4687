package com.daren.reminder;

import com.daren.channel.Channel;
import com.daren.command.Lang;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A reminder someone set: where it goes (the chat it was set in, or a person), what it says, and when it next fires.
 *
 * @param chatId      the group it goes to, or null for a one-to-one message
 * @param recipientId the person it is for (@-mentioned in a group), or null for the whole group
 * @param sending     the occurrence (epoch ms) a dispatcher started sending and has not finished, or 0
 */
public record Reminder(String id, Channel channel, String chatId, String recipientId, String createdBy, String text,
                       Instant next, Optional<Repeat> repeat, ZoneId zone, Lang lang, State state, long sending,
                       int fired) {

    public enum State { ACTIVE, DONE, CANCELLED }

    public boolean active() {
        return state == State.ACTIVE;
    }

    /** The key of the group it belongs to ({@code wecom:chat-1}), or null for a one-to-one reminder. */
    public String groupKey() {
        return chatId == null ? null : groupKey(channel, chatId);
    }

    public static String groupKey(Channel channel, String chatId) {
        return channel.id() + ":" + chatId;
    }
}
