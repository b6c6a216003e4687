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

    private WeComMessages() {
    }

    static InboundMessage toInbound(WxCpXmlMessage wx, Clock clock) {
        Instant sentAt = wx.getCreateTime() == null ? clock.instant() : Instant.ofEpochSecond(wx.getCreateTime());
        String sender = Objects.requireNonNullElse(wx.getFromUserName(), "");
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
