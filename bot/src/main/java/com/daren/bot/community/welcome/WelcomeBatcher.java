package com.daren.bot.community.welcome;

import com.daren.channel.DeliveryException;
import com.daren.community.Group;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.community.MemberJoined;
import com.daren.command.Lang;
import com.daren.store.RedisKeys;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One welcome per burst of joins. The first join schedules the group's flush {@code window} out on the durable
 * timer; later joins only add to the group's pending set. The flush moves pending to a "sending" batch (joins
 * meanwhile wait for the next flush), marks that it is posting, posts once, and deletes batch and mark together.
 * A restart before the flush loses nothing (pending set and timer item are in Redis); a crash after the mark is
 * an unknown outcome that recovery drops rather than posting the welcome twice.
 */
public class WelcomeBatcher {

    public static final String QUEUE = "group-welcome";

    private static final Logger log = LoggerFactory.getLogger(WelcomeBatcher.class);

    /** Pending becomes the batch unless a batch is already there (a definite failure being retried). */
    private static final RedisScript<List> TAKE_BATCH = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[2]) == 0 and redis.call('EXISTS', KEYS[1]) == 1 then
              redis.call('RENAME', KEYS[1], KEYS[2])
            end
            return redis.call('SMEMBERS', KEYS[2])
            """, List.class);

    private final GroupStore groups;
    private final GroupPoster poster;
    private final MessageTemplates templates;
    private final DueQueue queue;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration window;
    private final Duration retryAfter;

    public WelcomeBatcher(GroupStore groups, GroupPoster poster, MessageTemplates templates, DueQueue queue,
                          StringRedisTemplate redis, Clock clock, Duration window, Duration retryAfter) {
        this.groups = groups;
        this.poster = poster;
        this.templates = templates;
        this.queue = queue;
        this.redis = redis;
        this.clock = clock;
        this.window = window;
        this.retryAfter = retryAfter;
    }

    @EventListener
    void on(MemberJoined joined) {
        redis.opsForSet().add(RedisKeys.groupWelcomePending(joined.groupId()), joined.memberId() + "\t" + joined.name());
        queue.scheduleIfAbsent(QUEUE, joined.groupId(), clock.instant().plus(window));
    }

    public void handle(Claim claim) {
        String groupId = claim.id();
        Group group = groups.get(groupId).orElse(null);
        List<String[]> batch = takeBatch(groupId);
        if (group == null || !group.active() || batch.isEmpty()) {
            redis.delete(RedisKeys.groupWelcomeSending(groupId));
            finish(claim);
            return;
        }
        List<String> ids = batch.stream().map(b -> b[0]).toList();
        redis.opsForValue().set(RedisKeys.groupWelcomePosting(groupId), claim.token(), Duration.ofDays(1));
        try {
            if (!poster.post(group, ids, render(group, batch))) {
                log.info("group {}: no route to post a welcome for {} members", groupId, ids.size());
            }
        } catch (DeliveryException e) {
            if (!e.outcomeUnknown()) {
                // Nothing went out: keep the batch and try again.
                redis.delete(RedisKeys.groupWelcomePosting(groupId));
                log.warn("group {}: welcome not delivered, retrying in {}: {}", groupId, retryAfter, e.getMessage());
                queue.release(claim, clock.instant().plus(retryAfter));
                return;
            }
            log.warn("group {}: welcome outcome unknown, not re-sent: {}", groupId, e.getMessage());
        }
        redis.delete(List.of(RedisKeys.groupWelcomeSending(groupId), RedisKeys.groupWelcomePosting(groupId)));
        finish(claim);
    }

    /** The dispatcher died while holding the flush: a batch marked as posting may have gone out — never re-post it. */
    public void recover(Claim claim) {
        String groupId = claim.id();
        if (Boolean.TRUE.equals(redis.hasKey(RedisKeys.groupWelcomePosting(groupId)))) {
            log.warn("group {}: a welcome was being posted when its dispatcher stopped; not re-sent", groupId);
            redis.delete(List.of(RedisKeys.groupWelcomeSending(groupId), RedisKeys.groupWelcomePosting(groupId)));
        }
        handle(claim);
    }

    /** Complete, then pick up joins that arrived while this flush held the item (their schedule found it leased). */
    private void finish(Claim claim) {
        queue.complete(claim);
        Long waiting = redis.opsForSet().size(RedisKeys.groupWelcomePending(claim.id()));
        if (waiting != null && waiting > 0) {
            queue.scheduleIfAbsent(QUEUE, claim.id(), clock.instant().plus(window));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String[]> takeBatch(String groupId) {
        List<Object> raw = redis.execute(TAKE_BATCH, List.of(RedisKeys.groupWelcomePending(groupId),
                RedisKeys.groupWelcomeSending(groupId)));
        List<String[]> out = new ArrayList<>();
        for (Object o : raw == null ? List.of() : raw) {
            String s = (String) o;
            int tab = s.indexOf('\t');
            out.add(tab < 0 ? new String[]{s, s} : new String[]{s.substring(0, tab), s.substring(tab + 1)});
        }
        out.sort(Comparator.comparing(a -> a[1]));
        return out;
    }

    /** The welcome for a batch, from the group's template: @names, the operator's text or the default, the rules. */
    public String render(Group group, List<String[]> batch) {
        return templates.render(group.welcomeTemplate(), Lang.ZH, Map.of(
                "group", group.name(),
                "names", batch.stream().map(b -> b[1]).toList(),
                "text", group.welcomeText(),
                "rules", group.rules()));
    }
}
