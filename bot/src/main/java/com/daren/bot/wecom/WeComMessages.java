package com.daren.bot.wecom;

import com.daren.channel.Channel;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** WxJava's WeCom message to our normalized one. */
final class WeComMessages {

    /** WeCom's customer-group change event (create, update with a detail, dismiss). */
    static final String CHANGE_EXTERNAL_CHAT = "change_external_chat";

    private WeComMessages() {
    }

    static InboundMessage toInbound(WxCpXmlMessage wx, Clock clock) {
        Instant sentAt = wx.getCreateTime() == null ? clock.instant() : Instant.ofEpochSecond(wx.getCreateTime());
        String sender = Objects.requireNonNullElse(wx.getFromUserName(), "");
        if (CHANGE_EXTERNAL_CHAT.equals(wx.getEvent()) && wx.getChatId() != null) {
            // A customer group changed (community/wecom syncs it): the group is the chat; the change kind and detail
            // ride in the text ("update add_member"), since the normalized message has no other place for them.
            String key = "evt:chat:" + wx.getChatId() + ":" + wx.getCreateTime() + ":" + wx.getChangeType() + ":"
                    + Objects.toString(wx.getUpdateDetail(), "") + ":" + Objects.toString(wx.getMemChangeCnt(), "");
            String detail = (Objects.toString(wx.getChangeType(), "") + " " + Objects.toString(wx.getUpdateDetail(), "")).strip();
            return new InboundMessage(Channel.WECOM, key, sender, ChatKind.GROUP, wx.getChatId(), detail, wx.getEvent(), sentAt);
        }
        if ("event".equals(wx.getMsgType()) || wx.getEvent() != null) {
            // Events have no MsgId; WxJava's own key (sender+time) has collided for different events.
            String key = "evt:" + sender + ":" + wx.getCreateTime() + ":" + wx.getEvent() + ":"
                    + Objects.toString(wx.getEventKey(), "") + ":" + Objects.toString(wx.getChangeType(), "");
            return new InboundMessage(Channel.WECOM, key, sender, ChatKind.DIRECT, null, "", wx.getEvent(), sentAt);
        }
        String key = wx.getMsgId() != null ? "msg:" + wx.getMsgId()
                : "msg:" + sender + ":" + wx.getCreateTime() + ":" + Objects.hashCode(wx.getContent());
        String text = "text".equals(wx.getMsgType()) ? Objects.toString(wx.getContent(), "") : "";
        return new InboundMessage(Channel.WECOM, key, sender, ChatKind.DIRECT, null, text, null, sentAt);
    }
}
