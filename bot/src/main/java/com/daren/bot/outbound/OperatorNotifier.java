package com.daren.bot.outbound;

import com.daren.channel.Channel;
import com.daren.channel.OutboundMessage;
import com.daren.outreach.OperatorAlerts;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reaches an operator: through the WeCom app when it is configured (operators are employees), and through the
 * simulator's outbox when the simulator is on, so local runs see alerts too.
 */
@Component
class OperatorNotifier implements OperatorAlerts {

    private final OutboundSender sender;
    private final List<com.daren.channel.Messenger> messengers;

    OperatorNotifier(OutboundSender sender, List<com.daren.channel.Messenger> messengers) {
        this.sender = sender;
        this.messengers = messengers;
    }

    @Override
    public void alert(String operatorId, String text) {
        for (Channel channel : List.of(Channel.WECOM, Channel.SIM)) {
            if (messengers.stream().anyMatch(m -> m.channel() == channel)) {
                sender.sendLater(new OutboundMessage(channel, operatorId, null, text));
            }
        }
    }
}
