package com.daren.channel;

import java.util.Objects;

/**
 * A text the bot sends.
 *
 * @param recipientId the user it is for (also the one @-mentioned when it goes to a group)
 * @param chatId      the group it goes to, or {@code null} for a one-to-one message
 */
public record OutboundMessage(Channel channel, String recipientId, String chatId, String text) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
    }
}
