package com.daren.brief;

import com.daren.store.VersionedWrite;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends each group's brief of a day at most once. The due item is {@code {group}@{date}} (the group's local date);
 * the group-day's mark in Redis says where it stands, and the same idea as outreach's SENDING/UNKNOWN applies:
 * <ul>
 *   <li>the next day's item is scheduled first, so nothing that happens to this one can lose tomorrow's;</li>
 *   <li>the mark becomes SENDING (only if nothing but a retry note is there) before the channel is called, and is
 *       replaced by the outcome — SENT together with the items the group now has seen — only by its own holder;</li>
 *   <li>a dispatcher that dies before SENDING leaves an item recovery simply runs again; one that dies after it
 *       leaves a brief whose outcome is unknown: the owner is told, it is never re-sent on its own;</li>
 *   <li>two instances never hold the same item (the due queue's claims are exclusive), and a stale claim that
 *       finds another SENDING mark flags it instead of sending.</li>
 * </ul>
 * Failing sources never stop a brief: it goes with what the pool has, and the owner hears which source failed
 * and why (once a day per source).
 */
public class BriefDispatcher {

    public static final String QUEUE = "brief";

    /** Longer than any send and any lease: a SENDING mark this old was left by a dispatcher that is gone. */
    static final Duration STALE_SENDING = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(BriefDispatcher.class);

    /** How {@link #sendNow} went. */
    public enum NowOutcome { QUEUED, ALREADY_SENT, SENDING, NOT_CONFIGURED }

    private final BriefStore store;
    private final BriefGroups groups;
    private final BriefComposer composer;
    private final BriefDelivery delivery;
    private final BriefAlerts alerts;
    private final MessageTemplates templates;
    private final DueQueue queue;
    private final BriefSettings settings;
    private final Clock clock;

    public BriefDispatcher(BriefStore store, BriefGroups groups, BriefComposer composer, BriefDelivery delivery, BriefAlerts alerts,
                           MessageTemplates templates, DueQueue queue, BriefSettings settings, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.composer = composer;
        this.delivery = delivery;
        this.alerts = alerts;
        this.templates = templates;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    public static String itemId(String groupId, LocalDate date) {
        return groupId + "@" + date;
    }

    /** Saves the group's own settings and (re)schedules its next brief. */
    public BriefGroup configure(BriefGroup group) {
        store.saveSettings(group);
        return schedule(group);
    }

    /** (Re)schedules the group's next brief from its current settings (a group just bound, a changed time). */
    public BriefGroup schedule(BriefGroup group) {
        LocalDate today = clock.instant().atZone(group.zone()).toLocalDate();
        for (int d = -1; d <= 2; d++) {
            queue.cancel(QUEUE, itemId(group.id(), today.plusDays(d)));
        }
        if (group.enabled()) {
            var next = group.nextSend(clock.instant());
            queue.schedule(QUEUE, itemId(group.id(), next.toLocalDate()), next.toInstant());
        }
        return group;
    }

    public void handle(Claim claim) {
        int bar = claim.id().lastIndexOf('@');
        String groupId = claim.id().substring(0, bar);
        LocalDate date = LocalDate.parse(claim.id().substring(bar + 1));
        Optional<BriefGroup> found = groups.get(groupId);
        if (found.isEmpty() || !found.get().enabled()) {
            queue.complete(claim);
            return;
        }
        BriefGroup group = found.get();
        LocalDate next = date.plusDays(1);
        queue.schedule(QUEUE, itemId(groupId, next), group.sendAt(next).toInstant());
        String day = date.toString();
        String mark = store.mark(groupId, day).orElse("");
        Instant now = clock.instant();
        if (mark.startsWith("SENDING|")) {
            // another dispatcher marked it: while that is recent it may still be sending, so look again later (its
            // own claim settles it, or recovery flags it when that claim's lease ends); a mark left far longer than
            // any send takes is flagged here, never sent over
            Instant since = Instant.ofEpochMilli(Long.parseLong(mark.split("\\|")[2]));
            if (Duration.between(since, now).compareTo(STALE_SENDING) < 0) {
                queue.release(claim, now.plus(Duration.ofSeconds(30)));
                return;
            }
            if (store.note(groupId, day, "UNKNOWN|" + now.toEpochMilli() + "|another dispatcher was sending it", mark)) {
                alert(group, "brief/alert-unknown", date, Map.of());
            }
            queue.complete(claim);
            return;
        }
        if (!mark.isEmpty() && !mark.startsWith("RETRY|")) {
            queue.complete(claim); // sent, skipped, failed or unknown: settled for this day
            return;
        }
        int attempts = mark.isEmpty() ? 0 : Integer.parseInt(mark.split("\\|", 3)[1]);
        if (Duration.between(claim.due(), now).compareTo(settings.lateLimit()) > 0) {
            store.note(groupId, day, "SKIPPED|" + now.toEpochMilli() + "|late", null);
            queue.complete(claim);
            alert(group, "brief/alert-skipped", date, Map.of("due", claim.due().atZone(group.zone()).toLocalTime().toString()));
            return;
        }
        long place = store.sendPlace(now.getEpochSecond());
        if (place > settings.perSecond()) {
            // over this second's limit: take a later second by place in line, so a burst of a thousand briefs due at
            // 08:30 spreads out in one pass instead of all coming back every second
            long wait = Math.min((place - 1) / settings.perSecond(), 600);
            queue.release(claim, Instant.ofEpochSecond(now.getEpochSecond() + wait)
                    .plusMillis(ThreadLocalRandom.current().nextLong(1_000)));
            return;
        }
        BriefComposer.Brief brief;
        try {
            brief = composer.compose(group, date, now);
        } catch (RuntimeException e) {
            log.error("composing the brief of {} for {} failed", groupId, day, e);
            retryOrFail(claim, group, date, attempts, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        String sending = "SENDING|" + VersionedWrite.newVersion() + "|" + now.toEpochMilli();
        if (!store.takeForSending(groupId, day, sending)) {
            queue.release(claim, now); // the mark moved meanwhile: look again with fresh state
            return;
        }
        BriefDelivery.Result result;
        try {
            result = delivery.deliver(group, brief.text());
        } catch (RuntimeException e) {
            log.error("brief delivery to {} threw", groupId, e);
            result = new BriefDelivery.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant done = clock.instant();
        if (result instanceof BriefDelivery.Sent) {
            if (!store.settle(groupId, day, sending, "SENT|" + done.toEpochMilli() + "|" + brief.items().size(), done,
                    brief.itemKeys(), done.minus(settings.keepShown()))) {
                log.warn("brief of {} for {} was sent but its mark changed meanwhile", groupId, day);
            }
            queue.complete(claim);
            tellFailingSources(group, date, brief.failingSources());
        } else if (result instanceof BriefDelivery.Failed failed) {
            if (failed.retryable()) {
                retryOrFail(claim, group, date, attempts, sending, failed.reason());
            } else {
                settleFailed(claim, group, date, sending, failed.reason());
            }
        } else if (result instanceof BriefDelivery.Unknown unknown) {
            store.settle(groupId, day, sending, "UNKNOWN|" + done.toEpochMilli() + "|" + unknown.reason(), done, List.of(), done);
            queue.complete(claim);
            alert(group, "brief/alert-unknown", date, Map.of());
        }
    }

    /**
     * Start-up: every enabled group has its next brief scheduled (a group bound while no instance ran, a queue
     * item lost with a flushed Redis). Items already waiting and days already settled are left alone.
     */
    public int ensureScheduled(List<BriefGroup> all) {
        int added = 0;
        Instant now = clock.instant();
        for (BriefGroup g : all) {
            if (!g.enabled()) {
                continue;
            }
            var next = g.nextSend(now);
            String id = itemId(g.id(), next.toLocalDate());
            if (queue.dueAt(QUEUE, id).isEmpty() && store.mark(g.id(), next.toLocalDate().toString()).isEmpty()) {
                queue.schedule(QUEUE, id, next.toInstant());
                added++;
            }
        }
        return added;
    }

    /** A claim whose lease ran out: its dispatcher died, before or after it started sending. */
    public void recover(Claim claim) {
        int bar = claim.id().lastIndexOf('@');
        String groupId = claim.id().substring(0, bar);
        String day = claim.id().substring(bar + 1);
        String mark = store.mark(groupId, day).orElse("");
        Instant now = clock.instant();
        if (mark.startsWith("SENDING|")) {
            if (store.note(groupId, day, "UNKNOWN|" + now.toEpochMilli() + "|dispatcher stopped while sending", mark)) {
                groups.get(groupId).ifPresent(g -> alert(g, "brief/alert-unknown", LocalDate.parse(day), Map.of()));
            }
            queue.complete(claim);
            return;
        }
        // never started sending (or already settled, which handle sees): run it again, spread out
        queue.release(claim, now.plusMillis(ThreadLocalRandom.current().nextLong(2_000)));
    }

    /** {@code /brief now}: today's brief goes at the next tick, unless it went already or is going. */
    public NowOutcome sendNow(String groupId) {
        Optional<BriefGroup> found = groups.get(groupId);
        if (found.isEmpty() || !found.get().enabled()) {
            return NowOutcome.NOT_CONFIGURED;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(found.get().zone()).toLocalDate();
        String mark = store.mark(groupId, today.toString()).orElse("");
        if (mark.startsWith("SENT|")) {
            return NowOutcome.ALREADY_SENT;
        }
        if (mark.startsWith("SENDING|")) {
            return NowOutcome.SENDING;
        }
        if (!mark.isEmpty() && !mark.startsWith("RETRY|")) {
            store.clearMark(groupId, today.toString()); // unknown, failed or skipped: the operator decides to send
        }
        queue.schedule(QUEUE, itemId(groupId, today), now);
        return NowOutcome.QUEUED;
    }

    /** Exactly what would go out if it were sent now (nothing is written). */
    public Optional<String> preview(String groupId) {
        Instant now = clock.instant();
        return groups.get(groupId).map(g -> composer.compose(g, now.atZone(g.zone()).toLocalDate(), now).text());
    }

    private void retryOrFail(Claim claim, BriefGroup group, LocalDate date, int attempts, String sending, String reason) {
        Instant now = clock.instant();
        int tried = attempts + 1;
        if (tried < settings.maxAttempts()) {
            store.note(group.id(), date.toString(), "RETRY|" + tried + "|" + FeedItem.clean(reason), sending);
            queue.release(claim, now.plus(settings.firstBackoff().multipliedBy(1L << Math.min(tried - 1, 10))));
        } else {
            settleFailed(claim, group, date, sending, reason);
        }
    }

    private void settleFailed(Claim claim, BriefGroup group, LocalDate date, String sending, String reason) {
        store.note(group.id(), date.toString(), "FAILED|" + clock.instant().toEpochMilli() + "|" + FeedItem.clean(reason), sending);
        queue.complete(claim);
        alert(group, "brief/alert-failed", date, Map.of("reason", FeedItem.clean(reason)));
    }

    private void tellFailingSources(BriefGroup group, LocalDate date, Map<String, String> failing) {
        if (failing.isEmpty() || group.owner().isEmpty()) {
            return;
        }
        List<String> news = failing.entrySet().stream()
                .filter(e -> store.firstFailureNotice(group.owner(), date.toString(), e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!news.isEmpty()) {
            alert(group, "brief/alert-sources", date, Map.of("sources", news));
        }
    }

    private void alert(BriefGroup group, String template, LocalDate date, Map<String, Object> extra) {
        if (group.owner() == null || group.owner().isEmpty()) {
            log.warn("brief of {} for {}: {} but the group has no owner to tell", group.id(), date, template);
            return;
        }
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("group", group.name());
        model.put("date", date.toString());
        alerts.alert(group.owner(), templates.render(template, group.lang(), model));
    }
}
