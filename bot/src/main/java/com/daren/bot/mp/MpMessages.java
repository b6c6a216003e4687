package com.daren.bot.mp;

import com.daren.channel.Channel;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** WxJava's Official Account message to our normalized one. */
final class MpMessages {

    private MpMessages() {
    }

    static InboundMessage toInbound(WxMpXmlMessage wx, Clock clock) {
        Instant sentAt = wx.getCreateTime() == null ? clock.instant() : Instant.ofEpochSecond(wx.getCreateTime());
        String sender = Objects.requireNonNullElse(wx.getFromUser(), "");
        if ("event".equals(wx.getMsgType()) || wx.getEvent() != null) {
            String key = "evt:" + sender + ":" + wx.getCreateTime() + ":" + wx.getEvent() + ":"
                    + Objects.toString(wx.getEventKey(), "");
            return new InboundMessage(Channel.MP, key, sender, ChatKind.DIRECT, null, "", wx.getEvent(), sentAt);
        }
        String key = wx.getMsgId() != null ? "msg:" + wx.getMsgId()
                : "msg:" + sender + ":" + wx.getCreateTime() + ":" + Objects.hashCode(wx.getContent());
        String text = "text".equals(wx.getMsgType()) ? Objects.toString(wx.getContent(), "") : "";
        return new InboundMessage(Channel.MP, key, sender, ChatKind.DIRECT, null, text, null, sentAt);
    }
}
