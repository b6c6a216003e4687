package com.daren.bot.sim;

import com.daren.bot.outreach.OutreachChannel;
import com.daren.channel.Channel;
import com.daren.channel.OutboundMessage;
import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import org.springframework.stereotype.Component;

/** Outreach to an influencer linked to a simulator name: sent at once into the outbox. */
@Component
@ConditionalOnSimulator
class SimOutreachChannel implements OutreachChannel {

    private final SimulatorMessenger messenger;

    SimOutreachChannel(SimulatorMessenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public String id() {
        return "sim";
    }

    @Override
    public int preference() {
        return 30;
    }

    @Override
    public boolean reaches(Influencer influencer) {
        return influencer.simulatorId() != null;
    }

    @Override
    public DeliveryResult send(Influencer influencer, String text) {
        messenger.send(new OutboundMessage(Channel.SIM, influencer.simulatorId(), null, text));
        return new DeliveryResult.Sent(id());
    }
}
