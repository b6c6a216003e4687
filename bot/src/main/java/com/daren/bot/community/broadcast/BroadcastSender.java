package com.daren.bot.community.broadcast;

import com.daren.bot.community.CommunityProperties;
import com.daren.channel.DeliveryException;
import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a confirmed broadcast from the timer, one group at a time, throttled per route kind. Each group's state
 * is written before and after its post: a restart resumes with the groups still pending, and a group left in
 * "sending" by a dead dispatcher is counted unknown, never posted again. The creator gets a report at the end.
 */
public class BroadcastSender {

    public static final String QUEUE = "broadcast";

    private static final Logger log = LoggerFactory.getLogger(BroadcastSender.class);

    private final BroadcastStore store;
    private final GroupStore groups;
    private final GroupPoster poster;
    private final MessageTemplates templates;
    private final OperatorAlerts alerts;
    private final DueQueue queue;
    private final Clock clock;
    private final CommunityProperties.Broadcast settings;

    BroadcastSender(BroadcastStore store, GroupStore groups, GroupPoster poster, MessageTemplates templates,
                    OperatorAlerts alerts, DueQueue queue, Clock clock, CommunityProperties.Broadcast settings) {
        this.store = store;
        this.groups = groups;
        this.poster = poster;
        this.templates = templates;
        this.alerts = alerts;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    public void handle(Claim claim) {
        Optional<Broadcast> found = store.get(claim.id());
        if (found.isEmpty() || found.get().status() != Broadcast.Status.SENDING) {
            queue.complete(claim);
            return;
        }
        Broadcast b = found.get();
        Map<String, String> progress = store.progress(b.id());
        Instant retryAt = null;
        for (String groupId : b.groupIds()) {
            String state = progress.getOrDefault(groupId, "pending");
            if (!state.equals("pending") && !state.startsWith("failed:")) {
                continue;
            }
            int attempts = state.startsWith("failed:") ? Integer.parseInt(state.substring(7)) : 0;
            if (attempts >= settings.maxAttempts()) {
                continue;
            }
            Group g = groups.get(groupId).orElse(null);
            String route = g == null ? "none" : poster.route(g);
            if (g == null || !g.active() || route.equals("none")) {
                store.mark(b.id(), groupId, "skipped");
                continue;
            }
            Instant now = clock.instant();
            if (!store.takeRate(route, now, settings.window(), settings.limit(route))) {
                long w = settings.window().toMillis();
                queue.release(claim, Instant.ofEpochMilli((now.toEpochMilli() / w + 1) * w));
                return;
            }
            store.mark(b.id(), groupId, "sending");
            try {
                store.mark(b.id(), groupId, poster.post(g, java.util.List.of(), render(b, g)) ? "sent" : "skipped");
            } catch (DeliveryException e) {
                if (e.outcomeUnknown()) {
                    store.mark(b.id(), groupId, "unknown");
                } else {
                    store.mark(b.id(), groupId, "failed:" + (attempts + 1));
                    if (attempts + 1 < settings.maxAttempts()) {
                        retryAt = now.plus(settings.retryAfter());
                    }
                }
                log.warn("broadcast {} to group {}: {}", b.id(), groupId, e.getMessage());
            }
        }
        if (retryAt != null) {
            queue.release(claim, retryAt);
            return;
        }
        store.finish(b.id());
        queue.complete(claim);
        report(b);
    }

    /** The dispatcher died holding it: a group still "sending" may have received the post — never repeat it. */
    public void recover(Claim claim) {
        store.progress(claim.id()).forEach((groupId, state) -> {
            if (state.equals("sending")) {
                store.mark(claim.id(), groupId, "unknown");
            }
        });
        handle(claim);
    }

    String render(Broadcast b, Group g) {
        if (b.template() == null) {
            return b.text();
        }
        return templates.render(b.template(), Lang.ZH, Map.of("group", g.name(), "text", b.text()));
    }

    private void report(Broadcast b) {
        Map<String, String> progress = store.progress(b.id());
        long sent = progress.values().stream().filter("sent"::equals).count();
        long failed = progress.values().stream().filter(s -> s.startsWith("failed")).count();
        long unknown = progress.values().stream().filter("unknown"::equals).count();
        long skipped = progress.values().stream().filter("skipped"::equals).count();
        alerts.alert(b.createdBy(), templates.render("community/broadcast-report", Lang.ZH, Map.of(
                "id", b.id(), "total", b.groupIds().size(), "sent", sent, "failed", failed, "unknown", unknown,
                "skipped", skipped)));
    }
}
