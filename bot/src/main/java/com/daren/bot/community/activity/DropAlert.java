package com.daren.bot.community.activity;

import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupBound;
import com.daren.community.GroupStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.store.RedisKeys;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The daily check of each group's interaction: once a day at {@code at} (the group's local time) a timer item per
 * group compares the day's interaction so far with the mean of the 7 days before; at {@code threshold} (20 %) or
 * more below it, and with a mean of at least {@code minAverage}, the owner operator gets one alert that day.
 */
public class DropAlert {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DropAlert.class);

    public static final String QUEUE = "group-activity";

    private final GroupStore groups;
    private final GroupActivity activity;
    private final OperatorAlerts alerts;
    private final MessageTemplates templates;
    private final DueQueue queue;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final LocalTime at;
    private final double threshold;
    private final double minAverage;

    public DropAlert(GroupStore groups, GroupActivity activity, OperatorAlerts alerts, MessageTemplates templates,
                     DueQueue queue, StringRedisTemplate redis, Clock clock, LocalTime at, double threshold,
                     double minAverage) {
        this.groups = groups;
        this.activity = activity;
        this.alerts = alerts;
        this.templates = templates;
        this.queue = queue;
        this.redis = redis;
        this.clock = clock;
        this.at = at;
        this.threshold = threshold;
        this.minAverage = minAverage;
    }

    /** Every group gets its daily check item at start-up if it has none (waiting or held). */
    @EventListener(ApplicationReadyEvent.class)
    void scheduleAll() {
        groups.list().forEach(this::schedule);
    }

    @EventListener
    void on(GroupBound bound) {
        groups.get(bound.groupId()).ifPresent(this::schedule);
    }

    private void schedule(Group group) {
        queue.scheduleIfAbsent(QUEUE, group.id(), nextCheck(group, clock.instant()));
    }

    /** The next check time strictly after {@code now}. */
    Instant nextCheck(Group group, Instant now) {
        var local = now.atZone(group.zone());
        var today = local.toLocalDate().atTime(at).atZone(group.zone());
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    public void handle(Claim claim) {
        Group group = groups.get(claim.id()).orElse(null);
        if (group == null || !group.active()) {
            queue.complete(claim);
            return;
        }
        // The latest check time that has passed: after downtime the day to judge is that one, not the item's old due.
        Instant now = clock.instant();
        Instant next = nextCheck(group, now);
        check(group, GroupActivity.localDate(group, next.atZone(group.zone()).minusDays(1).toInstant()));
        queue.release(claim, next);
    }

    /** Compares {@code day} with the 7 days before it; alerts the owner at most once that day. True when alerted. */
    public boolean check(Group group, LocalDate day) {
        long today = activity.day(group.id(), day).interaction();
        List<DayStats> before = activity.days(group.id(), day.minusDays(1), 7);
        double average = before.stream().mapToLong(DayStats::interaction).average().orElse(0);
        log.debug("group {} on {}: {} interactions, 7-day mean {}", group.id(), day, today, average);
        if (average < minAverage || today > average * (1 - threshold) || group.ownerId().isEmpty()) {
            return false;
        }
        Boolean first = redis.opsForValue().setIfAbsent(RedisKeys.groupDropAlerted(group.id(), day.toString()), "1",
                Duration.ofDays(2));
        if (!Boolean.TRUE.equals(first)) {
            return false;
        }
        long dropPercent = Math.round((1 - today / average) * 100);
        alerts.alert(group.ownerId(), templates.render("community/activity-drop", Lang.ZH, Map.of(
                "group", group.name(), "id", group.id(), "today", today,
                "average", String.format(java.util.Locale.ROOT, "%.1f", average), "drop", dropPercent)));
        return true;
    }

    public void recover(Claim claim) {
        // A check is idempotent for its day (the alert is SET NX per day): simply run it again.
        handle(claim);
    }
}
