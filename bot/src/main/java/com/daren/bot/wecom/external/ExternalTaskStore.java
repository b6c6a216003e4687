package com.daren.bot.wecom.external;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import com.daren.store.VersionedWrite;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mass-send tasks in Redis, one HASH per msgid; its poll item in the "wecom-tasks" due queue is written in the same
 * script as the record, so a task is never stored without being followed. Finished records expire.
 */
class ExternalTaskStore {

    /** The timer queue whose items are msgids to poll. */
    static final String QUEUE = "wecom-tasks";

    private final StringRedisTemplate redis;
    private final Duration keepFinished;

    ExternalTaskStore(StringRedisTemplate redis, Duration keepFinished) {
        this.redis = redis;
        this.keepFinished = keepFinished;
    }

    /** Stores a new task and schedules its first poll; false if a task with that msgid exists already. */
    boolean create(ExternalTask task, Instant firstPoll) {
        ExternalTask saved = task.withVersion(VersionedWrite.newVersion());
        VersionedWrite write = VersionedWrite.of(RedisKeys.weComExternalTask(saved.msgId()), saved.msgId(), null,
                        saved.version())
                .set(toHash(saved))
                .addToSortedSet(RedisKeys.due(QUEUE), saved.msgId(), firstPoll.toEpochMilli());
        return execute(write) == VersionedWrite.Outcome.WRITTEN;
    }

    /** Saves {@code after} if {@code before} is still the stored version; empty on a concurrent change. */
    Optional<ExternalTask> save(ExternalTask before, ExternalTask after) {
        ExternalTask saved = after.withVersion(VersionedWrite.newVersion());
        Map<String, String> fields = toHash(saved);
        VersionedWrite write = VersionedWrite.of(RedisKeys.weComExternalTask(saved.msgId()), saved.msgId(),
                        before.version(), saved.version())
                .set(fields)
                .delete(toHash(before).keySet().stream().filter(k -> !fields.containsKey(k)).toList());
        if (execute(write) != VersionedWrite.Outcome.WRITTEN) {
            return Optional.empty();
        }
        if (saved.status().ended()) {
            try {
                redis.expire(RedisKeys.weComExternalTask(saved.msgId()), keepFinished);
            } catch (RuntimeException e) {
                throw new StoreException("could not set the expiry of task " + saved.msgId(), e);
            }
        }
        return Optional.of(saved);
    }

    Optional<ExternalTask> get(String msgId) {
        Map<Object, Object> hash;
        try {
            hash = redis.opsForHash().entries(RedisKeys.weComExternalTask(msgId));
        } catch (RuntimeException e) {
            throw new StoreException("could not read task " + msgId, e);
        }
        return hash.isEmpty() ? Optional.empty() : Optional.of(fromHash(msgId, hash));
    }

    private VersionedWrite.Outcome execute(VersionedWrite write) {
        try {
            return write.execute(redis).outcome();
        } catch (RuntimeException e) {
            throw new StoreException("could not save a WeCom mass-send task", e);
        }
    }

    private static Map<String, String> toHash(ExternalTask t) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("inf", t.influencerId());
        h.put("name", t.influencerName());
        h.put("ext", t.externalUserId());
        h.put("owner", t.owner());
        h.put("seq", t.sequence());
        h.put("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
        h.put("created", Long.toString(t.createdAt().toEpochMilli()));
        h.put("reminders", Integer.toString(t.reminders()));
        if (t.remindedAt() != null) {
            h.put("reminded", Long.toString(t.remindedAt().toEpochMilli()));
        }
        h.put("updated", Long.toString(t.updatedAt().toEpochMilli()));
        if (!t.reason().isEmpty()) {
            h.put("reason", t.reason());
        }
        return h;
    }

    private static ExternalTask fromHash(String msgId, Map<Object, Object> h) {
        return new ExternalTask(msgId, str(h, "inf"), str(h, "name"), str(h, "ext"), str(h, "owner"), str(h, "seq"),
                ExternalTask.Status.valueOf(str(h, "status").toUpperCase(java.util.Locale.ROOT)), time(h, "created"),
                Integer.parseInt(str(h, "reminders")), time(h, "reminded"), time(h, "updated"), str(h, "reason"),
                str(h, VersionedWrite.VERSION_FIELD));
    }

    private static String str(Map<Object, Object> h, String field) {
        return (String) h.get(field);
    }

    private static Instant time(Map<Object, Object> h, String field) {
        String v = str(h, field);
        return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
    }
}
