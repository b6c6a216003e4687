package com.daren.bot.outreach;

import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import com.daren.outreach.OutreachDelivery;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the channel a step asks for among those that reach the influencer: PRIMARY is the preferred one (WeCom
 * external contact, then Official Account, then simulator), SECOND another one if there is one. With the
 * OTHER_CHANNEL fallback, a channel that cannot take the message now hands it to the next one.
 */
@Component
class ChannelOutreachDelivery implements OutreachDelivery {

    private final List<OutreachChannel> channels;
    private final Clock clock;

    ChannelOutreachDelivery(List<OutreachChannel> channels, Clock clock) {
        this.channels = channels.stream().sorted(Comparator.comparingInt(OutreachChannel::preference)).toList();
        this.clock = clock;
    }

    @Override
    public DeliveryResult deliver(Influencer influencer, StepChannel wanted, StepDefinition.Fallback fallback, String text) {
        List<OutreachChannel> reaching = channels.stream().filter(c -> c.reaches(influencer)).toList();
        if (reaching.isEmpty()) {
            return new DeliveryResult.NotNow(clock.instant().plus(Duration.ofDays(1)),
                    "no channel reaches this influencer (link wecom=, openid= or sim=)");
        }
        List<OutreachChannel> order = switch (wanted) {
            case PRIMARY -> reaching;
            case SECOND -> reaching.size() > 1 ? rotate(reaching) : reaching;
            default -> named(reaching, wanted).map(c -> List.of(c)).orElse(List.of());
        };
        if (order.isEmpty()) {
            return new DeliveryResult.NotNow(clock.instant().plus(Duration.ofDays(1)),
                    "the influencer is not reachable on " + wanted.name().toLowerCase(Locale.ROOT));
        }
        DeliveryResult result = order.get(0).send(influencer, text);
        if (result instanceof DeliveryResult.NotNow && fallback == StepDefinition.Fallback.OTHER_CHANNEL) {
            for (OutreachChannel other : reaching) {
                if (other != order.get(0)) {
                    DeliveryResult second = other.send(influencer, text);
                    if (!(second instanceof DeliveryResult.NotNow)) {
                        return second;
                    }
                }
            }
        }
        return result;
    }

    private static List<OutreachChannel> rotate(List<OutreachChannel> reaching) {
        return java.util.stream.Stream.concat(reaching.stream().skip(1), reaching.stream().limit(1)).toList();
    }

    private static Optional<OutreachChannel> named(List<OutreachChannel> reaching, StepChannel wanted) {
        String id = wanted.name().toLowerCase(Locale.ROOT);
        return reaching.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
