package com.daren.bot.wecom;

import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;

/** Sends WeCom app messages to employees: immediate, but WeChat silently drops beyond ~30/min per member. */
class WeComAppMessenger implements Messenger, com.daren.channel.MarkdownMessenger {

    private final WxCpService service;
    private final Integer agentId;

    WeComAppMessenger(WxCpService service, Integer agentId) {
        this.service = service;
        this.agentId = agentId;
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void send(OutboundMessage message) {
        send(WxCpMessage.TEXT().agentId(agentId).toUser(message.recipientId()).content(message.text()).build());
    }

    /** WeCom renders a subset of markdown (titles, bold, quotes, links) in the app chat. */
    @Override
    public void sendMarkdown(String recipientId, String markdown) {
        send(WxCpMessage.MARKDOWN().agentId(agentId).toUser(recipientId).content(markdown).build());
    }

    private void send(WxCpMessage wx) {
        try {
            service.getMessageService().send(wx);
        } catch (WxErrorException e) {
            throw new DeliveryException("WeCom refused the message: " + e.getError(), false, e);
        } catch (RuntimeException e) {
            throw new DeliveryException("WeCom send failed: " + e.getMessage(), true, e);
        }
    }
}
