package com.daren.bot.mp;

import com.daren.bot.outreach.OutreachChannel;
import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.OutboundMessage;
import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;

import java.time.Clock;
import java.time.Duration;

/**
 * Outreach through the Official Account: only inside the 48 hours after the follower's last message; outside
 * it nothing is attempted and the step waits (or falls back, as its sequence says).
 */
class MpOutreachChannel implements OutreachChannel {

    private final MpCustomerServiceMessenger messenger;
    private final Clock clock;

    MpOutreachChannel(MpCustomerServiceMessenger messenger, Clock clock) {
        this.messenger = messenger;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "mp";
    }

    @Override
    public int preference() {
        return 20;
    }

    @Override
    public boolean reaches(Influencer influencer) {
        return influencer.mpOpenId() != null;
    }

    @Override
    public DeliveryResult send(Influencer influencer, String text) {
        if (!messenger.windowOpen(influencer.mpOpenId())) {
            return new DeliveryResult.NotNow(clock.instant().plus(Duration.ofHours(6)),
                    "Official Account 48-hour window is closed until they write again");
        }
        try {
            messenger.send(new OutboundMessage(Channel.MP, influencer.mpOpenId(), null, text));
            return new DeliveryResult.Sent(id());
        } catch (DeliveryException e) {
            return e.outcomeUnknown() ? new DeliveryResult.Unknown(e.getMessage())
                    : new DeliveryResult.Failed(e.getMessage(), true);
        }
    }
}
