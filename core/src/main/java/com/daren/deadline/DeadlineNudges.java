package com.daren.deadline;

import com.daren.command.Lang;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.outreach.DeliveryResult;
import com.daren.outreach.OperatorAlerts;
import com.daren.outreach.OutreachDelivery;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * Sends a claimed deadline nudge: to the influencer through the outreach channels they are reachable on (never to one
 * who opted out) and to the owner operator (or whoever set the deadline). At most once: the item is completed after
 * the attempt, and one whose dispatcher died is dropped by recovery rather than sent again.
 */
public class DeadlineNudges {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNudges.class);

    private final DeadlineStore store;
    private final InfluencerStore influencers;
    private final OutreachDelivery delivery;
    private final OperatorAlerts alerts;
    private final MessageTemplates templates;
    private final DueQueue queue;

    public DeadlineNudges(DeadlineStore store, InfluencerStore influencers, OutreachDelivery delivery,
                          OperatorAlerts alerts, MessageTemplates templates, DueQueue queue) {
        this.store = store;
        this.influencers = influencers;
        this.delivery = delivery;
        this.alerts = alerts;
        this.templates = templates;
        this.queue = queue;
    }

    public void handle(Claim claim) {
        Optional<Deadline> found = store.get(Nudge.deadlineOf(claim.id())).filter(Deadline::open);
        Optional<Influencer> influencer = found.flatMap(d -> influencers.get(d.influencerId()));
        if (found.isEmpty() || influencer.isEmpty()) {
            queue.complete(claim); // delivered, cancelled, or the influencer is gone
            return;
        }
        Deadline d = found.get();
        Influencer i = influencer.get();
        Nudge nudge = Nudge.of(claim.id());
        Map<String, Object> model = Map.of("what", d.what(), "due", d.due().toString(), "nudge", nudge.name(),
                "name", i.name() == null ? i.handle() : i.name(), "handle", i.handle(), "id", d.id());
        if (i.status() != PipelineStatus.OPTED_OUT && !i.archived()) {
            try {
                DeliveryResult result = delivery.deliver(i, StepChannel.PRIMARY, StepDefinition.Fallback.SKIP,
                        templates.render("deadline/nudge-influencer", Lang.ZH, model));
                log.info("deadline {} {} to @{}: {}", d.id(), nudge, i.handle(), result);
            } catch (RuntimeException e) {
                log.warn("deadline {} {} to @{} failed: {}", d.id(), nudge, i.handle(), e.getMessage());
            }
        }
        String owner = i.owner().isBlank() ? d.setBy() : i.owner();
        alerts.alert(owner, templates.render("deadline/nudge-owner", Lang.ZH, model));
        queue.complete(claim);
    }

    public void recover(Claim claim) {
        log.warn("deadline nudge {} was interrupted; not sent again", claim.id());
        queue.complete(claim);
    }
}
