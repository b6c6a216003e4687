package com.daren.bot.community.activity;

import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.community.MemberCheckedIn;
import com.daren.community.MemberJoined;
import com.daren.community.MemberLeft;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per group and per member per local day (the group's zone): messages, active members, joins, leaves, check-ins.
 * Counted from events, in two Redis HASHes per group-day that expire after {@code keep}.
 */
public class GroupActivity {

    private final GroupStore groups;
    private final StringRedisTemplate redis;
    private final Duration keep;

    public GroupActivity(GroupStore groups, StringRedisTemplate redis, Duration keep) {
        this.groups = groups;
        this.redis = redis;
        this.keep = keep;
    }

    @EventListener
    void on(MessageReceived received) {
        InboundMessage m = received.message();
        if (m.isEvent() || !m.inGroup()) {
            return;
        }
        groups.findByChat(m.channel(), m.chatId()).ifPresent(g -> {
            String date = localDate(g, m.sentAt()).toString();
            count(g.id(), date, "msgs");
            redis.opsForHash().increment(RedisKeys.groupDayMembers(g.id(), date), m.senderId(), 1);
            redis.expire(RedisKeys.groupDayMembers(g.id(), date), keep);
        });
    }

    @EventListener
    void on(MemberJoined joined) {
        groups.get(joined.groupId()).ifPresent(g -> count(g.id(), localDate(g, joined.at()).toString(), "joins"));
    }

    @EventListener
    void on(MemberLeft left) {
        groups.get(left.groupId()).ifPresent(g -> count(g.id(), localDate(g, left.at()).toString(), "leaves"));
    }

    @EventListener
    void on(MemberCheckedIn checkedIn) {
        groups.get(checkedIn.groupId()).ifPresent(g -> count(g.id(), localDate(g, checkedIn.at()).toString(), "checkins"));
    }

    public DayStats day(String groupId, LocalDate date) {
        try {
            Map<Object, Object> h = redis.opsForHash().entries(RedisKeys.groupDay(groupId, date.toString()));
            Long active = redis.opsForHash().size(RedisKeys.groupDayMembers(groupId, date.toString()));
            return new DayStats(date, num(h, "msgs"), active == null ? 0 : active, num(h, "joins"), num(h, "leaves"),
                    num(h, "checkins"));
        } catch (RuntimeException e) {
            throw new StoreException("could not read the activity of group " + groupId, e);
        }
    }

    /** The {@code days} local days up to and including {@code last}, oldest first. */
    public List<DayStats> days(String groupId, LocalDate last, int days) {
        List<DayStats> out = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            out.add(day(groupId, last.minusDays(i)));
        }
        return out;
    }

    public static LocalDate localDate(Group group, Instant at) {
        return at.atZone(group.zone()).toLocalDate();
    }

    private void count(String groupId, String date, String field) {
        try {
            redis.opsForHash().increment(RedisKeys.groupDay(groupId, date), field, 1);
            redis.expire(RedisKeys.groupDay(groupId, date), keep);
        } catch (RuntimeException e) {
            throw new StoreException("could not count " + field + " for group " + groupId, e);
        }
    }

    private static long num(Map<Object, Object> h, String field) {
        Object v = h.get(field);
        return v == null ? 0 : Long.parseLong((String) v);
    }
}
