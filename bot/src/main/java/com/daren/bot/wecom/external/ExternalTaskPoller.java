package com.daren.bot.wecom.external;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.command.Lang;
import com.daren.outreach.OperatorAlerts;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Follows each mass-send task until the employee confirms it: asks WeCom for the customer's send status, marks the
 * task sent or failed, reminds the owner while it waits (every {@code remind-every}, at most {@code max-reminders}),
 * and gives up after {@code expire-after}. Polling changes nothing in WeCom, so running an item twice is harmless.
 */
class ExternalTaskPoller implements DueWork {

    private static final Logger log = LoggerFactory.getLogger(ExternalTaskPoller.class);

    private final ExternalTaskStore tasks;
    private final ExternalContactClient client;
    private final DueQueue queue;
    private final OperatorAlerts alerts;
    private final MessageTemplates templates;
    private final OperatorDirectory operators;
    private final ExternalContactProperties settings;
    private final Clock clock;

    ExternalTaskPoller(ExternalTaskStore tasks, ExternalContactClient client, DueQueue queue, OperatorAlerts alerts,
                       MessageTemplates templates, OperatorDirectory operators, ExternalContactProperties settings,
                       Clock clock) {
        this.tasks = tasks;
        this.client = client;
        this.queue = queue;
        this.alerts = alerts;
        this.templates = templates;
        this.operators = operators;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String queue() {
        return ExternalTaskStore.QUEUE;
    }

    @Override
    public int batchSize() {
        return 50;
    }

    @Override
    public void handle(Claim claim) {
        Optional<ExternalTask> found = tasks.get(claim.id());
        if (found.isEmpty() || found.get().status().ended()) {
            queue.complete(claim);
            return;
        }
        ExternalTask task = found.get();
        Instant now = clock.instant();
        OptionalInt status;
        try {
            status = client.status(task.msgId(), task.owner(), task.externalUserId());
        } catch (WxErrorException | RuntimeException e) {
            log.warn("could not poll WeCom mass-send task {}: {}", task.msgId(), e.toString());
            stillWaiting(claim, task, now, false);
            return;
        }
        switch (status.orElse(0)) {
            case 1 -> finish(claim, task, task.sent(now), null, 1);
            case 2 -> finish(claim, task, task.failed("the customer is no longer a contact of " + task.owner(), now),
                    "wecom/task-failed", 2);
            case 3 -> finish(claim, task, task.failed("the customer already received another company message this "
                    + "period (WeCom's per-customer cap)", now), "wecom/task-failed", 3);
            default -> stillWaiting(claim, task, now, true);
        }
    }

    /** Its dispatcher died while polling: polling again is safe. */
    @Override
    public void recover(Claim claim) {
        queue.release(claim, clock.instant());
    }

    /** Not confirmed yet (or WeCom did not answer, {@code knownUnconfirmed} false: then no reminder on a guess). */
    private void stillWaiting(Claim claim, ExternalTask task, Instant now, boolean knownUnconfirmed) {
        Instant expiry = task.createdAt().plus(settings.expireAfter());
        if (!now.isBefore(expiry)) {
            finish(claim, task, task.expired(now), "wecom/task-expired", 0);
            return;
        }
        if (knownUnconfirmed && task.reminderDue(now, settings.remindEvery(), settings.maxReminders())) {
            // Recorded before it is sent: a crash in between costs one reminder rather than repeating it.
            Optional<ExternalTask> reminded = tasks.save(task, task.reminded(now));
            if (reminded.isPresent()) {
                tell(task, "wecom/confirm-reminder", 0);
            }
        }
        Instant next = now.plus(settings.pollEvery());
        queue.release(claim, next.isBefore(expiry) ? next : expiry);
    }

    /** Records the outcome; {@code template} (null: none) tells the owner, {@code status} is WeCom's send status. */
    private void finish(Claim claim, ExternalTask before, ExternalTask after, String template, int status) {
        Optional<ExternalTask> saved = tasks.save(before, after);
        if (saved.isEmpty()) {
            // Changed under us (another poll): look again with fresh state.
            queue.release(claim, clock.instant());
            return;
        }
        queue.complete(claim);
        if (template != null) {
            tell(after, template, status);
        }
    }

    private void tell(ExternalTask task, String template, int status) {
        Lang lang = operators.find(task.owner()).map(Operator::lang).orElse(Lang.ZH);
        try {
            alerts.alert(task.owner(), templates.render(template, lang == null ? Lang.ZH : lang, Map.of(
                    "name", task.influencerName(),
                    "sequence", task.sequence().isEmpty() ? "—" : task.sequence(),
                    "status", status,
                    "days", settings.expireAfter().toDays(),
                    "reminder", task.reminders() + 1,
                    "maxReminders", settings.maxReminders())));
        } catch (RuntimeException e) {
            log.error("could not tell {} about WeCom mass-send task {}", task.owner(), task.msgId(), e);
        }
    }
}
