package com.daren.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * One message or event from any channel, normalized.
 *
 * @param dedupKey  what identifies a retry of the same delivery: the MsgId for messages; sender, time and
 *                  event type/key for events (WxJava's own key has collided for different events)
 * @param chatId    the group for group messages, {@code null} in one-to-one chats
 * @param text      message text; empty for events and non-text messages
 * @param eventType the WeChat event name (e.g. {@code subscribe}), {@code null} for messages
 */
public record InboundMessage(Channel channel, String dedupKey, String senderId, ChatKind chatKind, String chatId,
                             String text, String eventType, Instant sentAt) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(sentAt, "sentAt");
        text = text == null ? "" : text;
    }

    public static InboundMessage text(Channel channel, String dedupKey, String senderId, String chatId, String text,
                                      Instant sentAt) {
        ChatKind kind = chatId == null || chatId.isBlank() ? ChatKind.DIRECT : ChatKind.GROUP;
        return new InboundMessage(channel, dedupKey, senderId, kind, kind == ChatKind.GROUP ? chatId : null, text,
                null, sentAt);
    }

    public boolean isEvent() {
        return eventType != null;
    }

    public boolean inGroup() {
        return chatKind == ChatKind.GROUP;
    }

    /** The outbound message that answers this one in the same conversation. */
    public OutboundMessage answer(String replyText) {
        return new OutboundMessage(channel, senderId, chatId, replyText);
    }
}
