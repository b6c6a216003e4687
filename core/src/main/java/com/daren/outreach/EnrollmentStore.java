package com.daren.outreach;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import com.daren.store.VersionedWrite;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Enrolments in Redis: a small HASH each ({@code i} influencer, {@code q} sequence, {@code o} owner, {@code s}
 * state, {@code n} next step, {@code r} reason, {@code a}/{@code u} started/updated ms, {@code k{n}} step records,
 * {@code ver}), written with {@link VersionedWrite} together with the due item of its next step, so a step is
 * never scheduled without its state or the other way round.
 */
public class EnrollmentStore {

    public static final String QUEUE = "outreach";

    private final StringRedisTemplate redis;

    public EnrollmentStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The due-queue item of an enrolment's step ({@code step == steps} is the final action). */
    public static String itemId(String enrollmentId, int step) {
        return enrollmentId + ":" + step;
    }

    public static String[] parseItemId(String itemId) {
        int colon = itemId.lastIndexOf(':');
        return new String[] {itemId.substring(0, colon), itemId.substring(colon + 1)};
    }

    public String nextId() {
        return Long.toString(redis.opsForValue().increment(RedisKeys.enrollmentSequence()));
    }

    /** Creates the enrolment with its first step due at {@code firstDue}; one running enrolment per influencer. */
    public Enrollment start(Enrollment enrollment, Instant firstDue) {
        Enrollment saved = enrollment.withVersion(VersionedWrite.newVersion(), enrollment.startedAt());
        VersionedWrite write = VersionedWrite.of(RedisKeys.enrollment(saved.id()), saved.id(), null, saved.version())
                .set(toHash(saved))
                .claimUnique(RedisKeys.activeEnrollments(), saved.influencerId())
                .addToSortedSet(RedisKeys.due(QUEUE), itemId(saved.id(), 0), firstDue.toEpochMilli())
                .increment(RedisKeys.sequenceStats(saved.sequence()), "enrolled", 1);
        VersionedWrite.Result result = execute(write);
        if (result.outcome() == VersionedWrite.Outcome.DUPLICATE) {
            throw new AlreadyEnrolledException(result.holder());
        }
        return saved;
    }

    /**
     * Saves {@code after} if {@code before} is still current; {@code extra} adds what moves with it (the next
     * due item, counters). Ending an enrolment frees the influencer for a new one. False on a concurrent change.
     */
    public Optional<Enrollment> save(Enrollment before, Enrollment after, Instant at, Consumer<VersionedWrite> extra) {
        Enrollment saved = after.withVersion(VersionedWrite.newVersion(), at);
        Map<String, String> fields = toHash(saved);
        VersionedWrite write = VersionedWrite.of(RedisKeys.enrollment(saved.id()), saved.id(), before.version(), saved.version())
                .set(fields)
                .delete(toHash(before).keySet().stream().filter(k -> !fields.containsKey(k)).toList());
        if (saved.state().ended() && !before.state().ended()) {
            write.releaseUnique(RedisKeys.activeEnrollments(), saved.influencerId())
                    .pointTo(RedisKeys.latestEnrollments(), saved.influencerId());
        }
        extra.accept(write);
        VersionedWrite.Result result = execute(write);
        return result.outcome() == VersionedWrite.Outcome.WRITTEN ? Optional.of(saved) : Optional.empty();
    }

    public Optional<Enrollment> get(String id) {
        try {
            Map<Object, Object> hash = redis.opsForHash().entries(RedisKeys.enrollment(id));
            return hash.isEmpty() ? Optional.empty() : Optional.of(fromHash(id, hash));
        } catch (RuntimeException e) {
            throw new StoreException("could not read enrolment " + id, e);
        }
    }

    /** The enrolments that exist among {@code ids}, by id; one round trip (pipelined). */
    @SuppressWarnings("unchecked")
    public Map<String, Enrollment> getAll(List<String> ids) {
        Map<String, Enrollment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try {
            List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String id : ids) {
                    connection.hashCommands().hGetAll(RedisKeys.enrollment(id).getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
            for (int i = 0; i < ids.size(); i++) {
                Map<Object, Object> hash = (Map<Object, Object>) hashes.get(i);
                if (hash != null && !hash.isEmpty()) {
                    found.put(ids.get(i), fromHash(ids.get(i), hash));
                }
            }
            return found;
        } catch (RuntimeException e) {
            throw new StoreException("could not read " + ids.size() + " enrolments", e);
        }
    }

    public Optional<Enrollment> activeFor(String influencerId) {
        Object id = redis.opsForHash().get(RedisKeys.activeEnrollments(), influencerId);
        return id == null ? Optional.empty() : get((String) id);
    }

    /** The running enrolment, else the one that ended last (written only when one ends: no copy per running one). */
    public Optional<Enrollment> latestFor(String influencerId) {
        Optional<Enrollment> active = activeFor(influencerId);
        if (active.isPresent()) {
            return active;
        }
        Object id = redis.opsForHash().get(RedisKeys.latestEnrollments(), influencerId);
        return id == null ? Optional.empty() : get((String) id);
    }

    public Map<String, Long> stats(String sequence) {
        Map<String, Long> stats = new TreeMap<>();
        redis.opsForHash().entries(RedisKeys.sequenceStats(sequence))
                .forEach((k, v) -> stats.put((String) k, Long.parseLong((String) v)));
        return stats;
    }

    public long running() {
        Long n = redis.opsForHash().size(RedisKeys.activeEnrollments());
        return n == null ? 0 : n;
    }

    private VersionedWrite.Result execute(VersionedWrite write) {
        try {
            return write.execute(redis);
        } catch (RuntimeException e) {
            throw new StoreException("could not save enrolment", e);
        }
    }

    private static Map<String, String> toHash(Enrollment e) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("i", e.influencerId());
        h.put("q", e.sequence());
        h.put("o", e.owner());
        h.put("s", e.state().id());
        h.put("n", Integer.toString(e.step()));
        if (!e.reason().isEmpty()) {
            h.put("r", e.reason());
        }
        h.put("a", Long.toString(e.startedAt().toEpochMilli()));
        h.put("u", Long.toString(e.updatedAt().toEpochMilli()));
        e.steps().forEach((index, record) -> h.put("k" + index, record.encode()));
        return h;
    }

    private static Enrollment fromHash(String id, Map<Object, Object> raw) {
        Map<String, String> h = new HashMap<>();
        raw.forEach((k, v) -> h.put((String) k, (String) v));
        Map<Integer, StepRecord> steps = new TreeMap<>();
        h.forEach((k, v) -> {
            if (k.startsWith("k")) {
                steps.put(Integer.parseInt(k.substring(1)), StepRecord.decode(v));
            }
        });
        return new Enrollment(id, h.get("i"), h.get("q"), h.get("o"),
                EnrollmentState.valueOf(h.get("s").toUpperCase(Locale.ROOT)), Integer.parseInt(h.get("n")), steps,
                h.get("r"), Instant.ofEpochMilli(Long.parseLong(h.get("a"))),
                Instant.ofEpochMilli(Long.parseLong(h.get("u"))), h.get(VersionedWrite.VERSION_FIELD));
    }
}
