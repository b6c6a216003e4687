package com.daren.bot.outreach;

import com.daren.bot.outbound.OutboundSender;
import com.daren.channel.MessageReceived;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.outreach.StepOutcome;
import com.daren.outreach.StepRecord;
import com.daren.command.Lang;
import com.daren.template.MessageTemplates;
import com.daren.store.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Any message from a linked influencer, on any channel: an opt-out word opts them out for good (confirmed once);
 * anything else stops their sequence as a reply, moves them to negotiating and tells the owner.
 */
@Component
class OutreachReplies {

    private static final Logger log = LoggerFactory.getLogger(OutreachReplies.class);

    private final InfluencerStore influencers;
    private final EnrollmentStore enrollments;
    private final OperatorAlerts alerts;
    private final OutboundSender sender;
    private final MessageTemplates templates;
    private final List<String> optOutWords;
    private final Clock clock;

    OutreachReplies(InfluencerStore influencers, EnrollmentStore enrollments, OperatorAlerts alerts,
                    OutboundSender sender, MessageTemplates templates, OutreachProperties properties, Clock clock) {
        this.templates = templates;
        this.influencers = influencers;
        this.enrollments = enrollments;
        this.alerts = alerts;
        this.sender = sender;
        this.optOutWords = properties.optOutWords().stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived received) {
        if (received.influencerId() == null || received.message().isEvent() || received.message().text().isBlank()) {
            return;
        }
        Optional<Influencer> found = influencers.get(received.influencerId());
        if (found.isEmpty()) {
            return;
        }
        Influencer influencer = found.get();
        String text = received.message().text().strip();
        if (isOptOut(text)) {
            optOut(influencer, received);
        } else {
            replied(influencer, text);
        }
    }

    boolean isOptOut(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s。！!，,]+$", "");
        return optOutWords.stream().anyMatch(w -> t.equals(w) || (w.length() > 1 && t.startsWith(w)));
    }

    private void optOut(Influencer influencer, MessageReceived received) {
        boolean first = influencer.status() != PipelineStatus.OPTED_OUT;
        if (first) {
            influencers.update(influencer.id(), influencer.id(), "opted out: " + received.message().text(),
                    i -> i.toBuilder().status(PipelineStatus.OPTED_OUT).build());
        }
        enrollments.activeFor(influencer.id()).ifPresent(e -> end(e, e.optedOut(), "opted_out", null));
        if (first) {
            Lang lang = Lang.forMessage(received.message().text(), Lang.ZH);
            sender.sendLater(received.message().answer(templates.render("seq/opted-out-confirmation", lang, Map.of())));
            alerts.alert(influencer.owner(), templates.render("seq/alert-opted-out", Lang.ZH,
                    Map.of("handle", influencer.handle(), "name", influencer.name())));
        }
    }

    private void replied(Influencer influencer, String text) {
        Optional<Enrollment> running = enrollments.activeFor(influencer.id());
        if (running.isEmpty()) {
            return;
        }
        Enrollment e = running.get();
        Map.Entry<Integer, StepRecord> last = e.steps().entrySet().stream()
                .filter(s -> s.getValue().outcome() == StepOutcome.SENT || s.getValue().outcome() == StepOutcome.AWAITING_CONFIRMATION)
                .reduce((a, b) -> b).orElse(null);
        end(e, e.replied(), last == null ? null : "replied:" + last.getKey(),
                last == null || last.getValue().variant() == null ? null : "replied:" + last.getKey() + ":" + last.getValue().variant());
        try {
            influencers.update(influencer.id(), "sequence:" + e.sequence(), "replied",
                    i -> i.status().canMoveTo(PipelineStatus.NEGOTIATING) ? i.toBuilder().status(PipelineStatus.NEGOTIATING).build() : i);
        } catch (RuntimeException ex) {
            log.warn("could not move {} to negotiating", influencer.id(), ex);
        }
        alerts.alert(e.owner(), templates.render("seq/alert-replied", Lang.ZH, Map.of("handle", influencer.handle(),
                "name", influencer.name(), "sequence", e.sequence(),
                "step", last == null ? "" : Integer.toString(last.getKey() + 1), "text", abbreviate(text))));
    }

    private void end(Enrollment before, Enrollment after, String counter, String variantCounter) {
        enrollments.save(before, after, clock.instant(), w -> {
            w.removeFromSortedSet(RedisKeys.due(EnrollmentStore.QUEUE), EnrollmentStore.itemId(before.id(), before.step()));
            if (counter != null) {
                w.increment(RedisKeys.sequenceStats(before.sequence()), counter, 1);
            }
            if (variantCounter != null) {
                w.increment(RedisKeys.sequenceStats(before.sequence()), variantCounter, 1);
            }
        }).orElseGet(() -> {
            log.warn("enrolment {} changed while ending it as {}; retrying once", before.id(), after.state());
            return enrollments.get(before.id()).filter(fresh -> !fresh.state().ended())
                    .flatMap(fresh -> enrollments.save(fresh, after.state() == com.daren.outreach.EnrollmentState.REPLIED
                            ? fresh.replied() : fresh.optedOut(), clock.instant(), w -> { }))
                    .orElse(null);
        });
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
