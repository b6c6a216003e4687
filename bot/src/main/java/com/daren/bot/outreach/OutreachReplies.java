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
    private final List<String> optOutWords;
    private final Clock clock;

    OutreachReplies(InfluencerStore influencers, EnrollmentStore enrollments, OperatorAlerts alerts,
                    OutboundSender sender, OutreachProperties properties, Clock clock) {
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
            sender.sendLater(received.message().answer("好的，已为您退订，我们不会再主动打扰。祝一切顺利！"));
            alerts.alert(influencer.owner(), "@" + influencer.handle() + "（" + influencer.name() + "）已退订，之后不会再收到任何跟进、群发或提醒。");
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
        String afterStep = last == null ? "尚未发出任何跟进" : "第 " + (last.getKey() + 1) + " 步之后";
        alerts.alert(e.owner(), "@" + influencer.handle() + "（" + influencer.name() + "）回复了（序列 " + e.sequence() + "，"
                + afterStep + "）：\n" + abbreviate(text) + "\n跟进已自动停止，状态改为洽谈中。");
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
