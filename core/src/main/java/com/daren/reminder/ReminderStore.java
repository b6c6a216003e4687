package com.daren.reminder;

import com.daren.channel.Channel;
import com.daren.command.Lang;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders in Redis: one HASH each, a ZSET per creator (for /remind list) and per group (for the brief's
 * "today's reminders"), both scored by the next firing. State changes that must not interleave with a dispatcher
 * (start sending, finish an occurrence, cancel) are single scripts that check the state they expect.
 */
public class ReminderStore {

    /** The due-queue name; the item id is the reminder id. */
    public static final String QUEUE = "reminder";

    /** ARGV: next ms expected. Marks the occurrence as being sent, once. */
    private static final RedisScript<Long> START = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'state') ~= 'ACTIVE' then return 0 end
            if redis.call('HGET', KEYS[1], 'next') ~= ARGV[1] then return 0 end
            local sending = redis.call('HGET', KEYS[1], 'sending')
            if sending and sending ~= '0' then return -1 end
            redis.call('HSET', KEYS[1], 'sending', ARGV[1])
            return 1
            """, Long.class);

    /** ARGV: occurrence ms, next ms ('' = no more). KEYS: hash, mine index, group index (may be absent). */
    private static final RedisScript<Long> FINISH = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'next') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'sending', '0', 'attempts', '0')
            redis.call('HINCRBY', KEYS[1], 'fired', 1)
            local id = redis.call('HGET', KEYS[1], 'id')
            if ARGV[2] == '' then
              redis.call('HSET', KEYS[1], 'state', 'DONE')
              for i = 2, #KEYS do redis.call('ZREM', KEYS[i], id) end
            else
              redis.call('HSET', KEYS[1], 'next', ARGV[2])
              for i = 2, #KEYS do redis.call('ZADD', KEYS[i], ARGV[2], id) end
            end
            return 1
            """, Long.class);

    private static final RedisScript<Long> CANCEL = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'state') ~= 'ACTIVE' then return 0 end
            redis.call('HSET', KEYS[1], 'state', 'CANCELLED')
            local id = redis.call('HGET', KEYS[1], 'id')
            for i = 2, #KEYS do redis.call('ZREM', KEYS[i], id) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    public ReminderStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public String nextId() {
        return Long.toString(Objects.requireNonNull(redis.opsForValue().increment(RedisKeys.reminderSequence())));
    }

    /** Stores a new active reminder and indexes it. The caller schedules it on the due queue first (see ReminderService). */
    public void save(Reminder r) {
        Map<String, String> h = new HashMap<>();
        h.put("id", r.id());
        h.put("ch", r.channel().id());
        h.put("chat", r.chatId() == null ? "" : r.chatId());
        h.put("to", r.recipientId() == null ? "" : r.recipientId());
        h.put("by", r.createdBy());
        h.put("text", r.text());
        h.put("next", Long.toString(r.next().toEpochMilli()));
        h.put("repeat", r.repeat().map(Repeat::encode).orElse(""));
        h.put("zone", r.zone().getId());
        h.put("lang", r.lang().name());
        h.put("state", r.state().name());
        h.put("sending", Long.toString(r.sending()));
        h.put("fired", Integer.toString(r.fired()));
        try {
            redis.opsForHash().putAll(RedisKeys.reminder(r.id()), h);
            for (String index : indexes(r)) {
                redis.opsForZSet().add(index, r.id(), r.next().toEpochMilli());
            }
        } catch (RuntimeException e) {
            throw new StoreException("could not save reminder " + r.id(), e);
        }
    }

    public Optional<Reminder> get(String id) {
        Map<Object, Object> h = redis.opsForHash().entries(RedisKeys.reminder(id));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String repeat = (String) h.get("repeat");
        String chat = (String) h.get("chat");
        String to = (String) h.get("to");
        return Optional.of(new Reminder(id, Channel.valueOf(((String) h.get("ch")).toUpperCase(java.util.Locale.ROOT)),
                chat.isEmpty() ? null : chat, to.isEmpty() ? null : to, (String) h.get("by"), (String) h.get("text"),
                Instant.ofEpochMilli(Long.parseLong((String) h.get("next"))),
                repeat.isEmpty() ? Optional.empty() : Optional.of(Repeat.decode(repeat)), ZoneId.of((String) h.get("zone")),
                Lang.valueOf((String) h.get("lang")), Reminder.State.valueOf((String) h.get("state")),
                Long.parseLong((String) h.get("sending")), Integer.parseInt((String) h.get("fired"))));
    }

    /** 1: marked as sending; 0: no longer due at that time (cancelled, already moved on); -1: someone else is sending. */
    public int startSending(Reminder r) {
        Long result = redis.execute(START, List.of(RedisKeys.reminder(r.id())), Long.toString(r.next().toEpochMilli()));
        return result == null ? 0 : result.intValue();
    }

    /** Records the occurrence at {@code occurrence} as done and moves to {@code next} (empty: the reminder is done). */
    public boolean finish(Reminder r, Instant occurrence, Optional<Instant> next) {
        Long result = redis.execute(FINISH, keys(r), Long.toString(occurrence.toEpochMilli()),
                next.map(n -> Long.toString(n.toEpochMilli())).orElse(""));
        return result != null && result == 1;
    }

    /** A send that definitely failed: clears the sending mark and returns how many attempts have failed so far. */
    public long failedAttempt(Reminder r) {
        String key = RedisKeys.reminder(r.id());
        redis.opsForHash().put(key, "sending", "0");
        return redis.opsForHash().increment(key, "attempts", 1);
    }

    public boolean cancel(Reminder r) {
        Long result = redis.execute(CANCEL, keys(r));
        return result != null && result == 1;
    }

    /** Active reminders someone set, soonest first. */
    public List<Reminder> createdBy(Channel channel, String userId, int limit) {
        return byIndex(RedisKeys.remindersBy(channel.id(), userId), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, limit);
    }

    /** Active reminders of a group, soonest first. */
    public List<Reminder> ofGroup(String groupKey, int limit) {
        return byIndex(RedisKeys.remindersOfGroup(groupKey), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, limit);
    }

    /**
     * The group's reminders that fire on {@code day} in {@code zone}, soonest first: what the daily brief lists as
     * "today's reminders". {@code groupKey} is {@link Reminder#groupKey(Channel, String)}.
     */
    public List<Reminder> dueOn(String groupKey, LocalDate day, ZoneId zone) {
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        return byIndex(RedisKeys.remindersOfGroup(groupKey), from, to, 100);
    }

    private List<Reminder> byIndex(String key, double from, double to, int limit) {
        Set<String> ids = redis.opsForZSet().rangeByScore(key, from, to, 0, limit);
        List<Reminder> found = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            get(id).filter(Reminder::active).ifPresent(found::add);
        }
        return found;
    }

    private static List<String> indexes(Reminder r) {
        List<String> keys = new ArrayList<>();
        keys.add(RedisKeys.remindersBy(r.channel().id(), r.createdBy()));
        if (r.chatId() != null) {
            keys.add(RedisKeys.remindersOfGroup(r.groupKey()));
        }
        return keys;
    }

    private static List<String> keys(Reminder r) {
        List<String> keys = new ArrayList<>();
        keys.add(RedisKeys.reminder(r.id()));
        keys.addAll(indexes(r));
        return keys;
    }
}
