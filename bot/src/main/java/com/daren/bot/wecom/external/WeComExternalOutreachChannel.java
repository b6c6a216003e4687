package com.daren.bot.wecom.external;

import com.daren.bot.outreach.OutreachChannel;
import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.store.StoreException;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplateAddResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Outreach as a WeCom customer-contact mass-send task (add_msg_template) from the influencer's owner: it reaches the
 * influencer only once that employee confirms it in the WeCom client, hence {@link DeliveryResult.AwaitingConfirmation};
 * {@link ExternalTaskPoller} follows the task from there. Each customer receives a capped number of company
 * messages, so a slot is budgeted first and, when none is left, nothing is asked of WeChat at all.
 * Runs on the calling thread (the outreach dispatcher's worker).
 */
class WeComExternalOutreachChannel implements OutreachChannel {

    static final String ID = "wecom_external";

    private static final Logger log = LoggerFactory.getLogger(WeComExternalOutreachChannel.class);

    private final ExternalContactClient client;
    private final CustomerMessageCap cap;
    private final ExternalTaskStore tasks;
    private final ObjectProvider<EnrollmentStore> enrollments;
    private final Duration firstPollAfter;
    private final Clock clock;

    WeComExternalOutreachChannel(ExternalContactClient client, CustomerMessageCap cap, ExternalTaskStore tasks,
                                 ObjectProvider<EnrollmentStore> enrollments, Duration firstPollAfter, Clock clock) {
        this.client = client;
        this.cap = cap;
        this.tasks = tasks;
        this.enrollments = enrollments;
        this.firstPollAfter = firstPollAfter;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int preference() {
        return 10;
    }

    @Override
    public boolean reaches(Influencer influencer) {
        return influencer.wecomExternalUserId() != null && !influencer.wecomExternalUserId().isBlank();
    }

    @Override
    public DeliveryResult send(Influencer influencer, String text) {
        String customer = influencer.wecomExternalUserId();
        String owner = influencer.owner();
        if (owner.isBlank()) {
            return new DeliveryResult.Failed("the influencer has no owner, and only their owner (a WeCom employee) "
                    + "can confirm a customer-contact mass-send task", false);
        }
        Instant now = clock.instant();
        CustomerMessageCap.Budget budget;
        try {
            budget = cap.take(customer, now);
        } catch (StoreException e) {
            return new DeliveryResult.Failed("could not check the per-customer cap: " + e.getMessage(), true);
        }
        if (budget instanceof CustomerMessageCap.Exhausted full) {
            return new DeliveryResult.NotNow(full.nextPeriod(), "this customer already received " + full.received()
                    + " company message" + (full.received() == 1 ? "" : "s") + " this period");
        }
        CustomerMessageCap.Taken slot = (CustomerMessageCap.Taken) budget;
        WxCpMsgTemplateAddResult created;
        try {
            created = client.createTask(owner, customer, text);
        } catch (WxErrorException | RuntimeException e) {
            DeliveryResult result = WeComSendErrors.toResult(e);
            if (result instanceof DeliveryResult.Failed) {
                cap.giveBack(slot);
            }
            log.warn("add_msg_template for influencer {} by {}: {}", influencer.id(), owner, result);
            return result;
        }
        if (created.getFailList() != null && created.getFailList().contains(customer)) {
            cap.giveBack(slot);
            return new DeliveryResult.Failed("WeCom put the customer in the task's fail_list (are they still a contact of "
                    + owner + "?)", false);
        }
        String msgId = created.getMsgId();
        if (msgId == null || msgId.isBlank()) {
            return new DeliveryResult.Unknown("WeCom created a mass-send task but answered no msgid");
        }
        track(ExternalTask.awaiting(msgId, influencer.id(), influencer.name(), customer, owner,
                sequenceOf(influencer), clock.instant()));
        return new DeliveryResult.AwaitingConfirmation(ID, msgId);
    }

    /** The task exists in WeCom whatever happens here: a failure to record it only costs the reminders. */
    private void track(ExternalTask task) {
        try {
            if (!tasks.create(task, task.createdAt().plus(firstPollAfter))) {
                log.warn("WeCom mass-send task {} was already tracked", task.msgId());
            }
        } catch (RuntimeException e) {
            log.error("WeCom mass-send task {} for influencer {} was created but could not be tracked; its owner {} "
                    + "gets no reminders for it", task.msgId(), task.influencerId(), task.owner(), e);
        }
    }

    /** The sequence the message belongs to, for the owner's reminders; "" when not known. */
    private String sequenceOf(Influencer influencer) {
        try {
            EnrollmentStore store = enrollments.getIfAvailable();
            return store == null || influencer.id() == null ? ""
                    : store.activeFor(influencer.id()).map(Enrollment::sequence).orElse("");
        } catch (RuntimeException e) {
            log.warn("could not look up the sequence of influencer {}", influencer.id(), e);
            return "";
        }
    }
}
