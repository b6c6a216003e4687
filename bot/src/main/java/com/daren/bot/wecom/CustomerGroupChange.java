package com.daren.bot.wecom;

import com.daren.bot.callback.InboundXml;
import com.daren.channel.Channel;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** WeCom's customer-group change event (create, update with a detail, dismiss), which community/wecom syncs from. */
final class CustomerGroupChange {

    static final String EVENT = "change_external_chat";

    private CustomerGroupChange() {
    }

    /**
     * The event as a group message: the group is the chat; the change kind and detail ride in the text
     * ("update add_member"), since the normalized message has no other place for them. Empty for anything else.
     */
    static Optional<InboundMessage> from(InboundXml xml, Clock clock) {
        String chatId = xml.text("ChatId");
        if (!EVENT.equals(xml.text("Event")) || chatId == null || chatId.isBlank()) {
            return Optional.empty();
        }
        Long createTime = xml.number("CreateTime");
        Instant sentAt = createTime == null ? clock.instant() : Instant.ofEpochSecond(createTime);
        String changeType = Objects.toString(xml.text("ChangeType"), "");
        String detail = Objects.toString(xml.text("UpdateDetail"), "");
        String key = "evt:chat:" + chatId + ":" + createTime + ":" + changeType + ":" + detail + ":"
                + Objects.toString(xml.text("MemChangeCnt"), "");
        return Optional.of(new InboundMessage(Channel.WECOM, key, Objects.toString(xml.text("FromUserName"), ""),
                ChatKind.GROUP, chatId, (changeType + " " + detail).strip(), EVENT, sentAt));
    }
}
