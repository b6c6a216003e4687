package com.daren.bot.callback;

import com.daren.channel.Channel;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A decrypted WeChat message or event (WeCom and Official Account share the field names), read once by
 * {@link SafeXml}. We normalize from these fields rather than through WxJava's {@code WxCpXmlMessage.fromXml} /
 * {@code WxMpXmlMessage.fromXml}: those parse the same text twice more (XStream, then dom4j with a new JAXP parser
 * looked up through the class path on every call), which was half of a callback's CPU.
 */
public final class InboundXml {

    private final Map<String, String> fields;

    private InboundXml(Map<String, String> fields) {
        this.fields = fields;
    }

    /** 400 for anything that is not WeChat's flat {@code <xml>} (see {@link SafeXml}). */
    public static InboundXml parse(String xml) {
        return new InboundXml(SafeXml.fields(xml));
    }

    /** The element's text, {@code null} if there is no such element. */
    public String text(String name) {
        return fields.get(name);
    }

    /** A numeric field, {@code null} if absent or empty; 400 if it is not a number (as WxJava refused it too). */
    public Long number(String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CallbackRejected.badRequest("unreadable message: " + name + " is not a number");
        }
    }

    /**
     * The normalized message. Retries are recognised by MsgId; events have none, and WxJava's own key (sender +
     * time) has collided for different events, so theirs is sender, time, event and the given fields.
     *
     * @param eventKeyFields the fields that tell two events of the same sender and second apart on this channel
     */
    public InboundMessage toInbound(Channel channel, Clock clock, String... eventKeyFields) {
        Long createTime = number("CreateTime");
        Long msgId = number("MsgId");
        Instant sentAt = createTime == null ? clock.instant() : Instant.ofEpochSecond(createTime);
        String sender = Objects.requireNonNullElse(text("FromUserName"), "");
        String event = text("Event");
        if ("event".equals(text("MsgType")) || event != null) {
            StringBuilder key = new StringBuilder("evt:").append(sender).append(':').append(createTime).append(':')
                    .append(event);
            for (String field : eventKeyFields) {
                key.append(':').append(Objects.toString(text(field), ""));
            }
            return new InboundMessage(channel, key.toString(), sender, ChatKind.DIRECT, null, "", event, sentAt);
        }
        String content = text("Content");
        String key = msgId != null ? "msg:" + msgId
                : "msg:" + sender + ":" + createTime + ":" + Objects.hashCode(content);
        String text = "text".equals(text("MsgType")) ? Objects.toString(content, "") : "";
        return new InboundMessage(channel, key, sender, ChatKind.DIRECT, null, text, null, sentAt);
    }
}
