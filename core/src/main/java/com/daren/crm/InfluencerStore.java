package com.daren.crm;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import com.daren.store.VersionedWrite;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Influencer records in Redis. A record, its indexes, its history line and the month's pipeline counters are
 * written by one Lua script, guarded by the record's version token: never a record without its indexes, never a
 * lost update, and a write Lettuce replays after a reconnect recognises itself and succeeds once.
 */
public class InfluencerStore {

    private static final int MAX_ATTEMPTS = 8;
    static final ZoneId MONTH_ZONE = ZoneId.of("Asia/Shanghai");

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final InfluencerSearch search;
    private final InfluencerSearch exactSearch;

    public InfluencerStore(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
        this.search = new InfluencerSearch(redis);
        this.exactSearch = new InfluencerSearch(redis, InfluencerSearch.Limits.EXACT);
    }

    public static String normalizeHandle(String handle) {
        String h = Objects.requireNonNull(handle, "handle").strip();
        return h.startsWith("@") || h.startsWith("＠") ? h.substring(1) : h;
    }

    /** What an update did. {@code before} is null for a record that was just created. */
    public record Change(Influencer before, Influencer after) {

        public boolean changed() {
            return before == null || !sameContent(before, after);
        }

        public boolean created() {
            return before == null;
        }

        /** "followers: 12000 → 15000; status: prospect → contacted" — what the audit log keeps. */
        public String summary() {
            Map<String, String> a = before == null ? Map.of() : InfluencerCodec.toHash(before);
            Map<String, String> b = InfluencerCodec.toHash(after);
            java.util.TreeSet<String> fields = new java.util.TreeSet<>(a.keySet());
            fields.addAll(b.keySet());
            fields.removeAll(Set.of(InfluencerCodec.VERSION, "ua"));
            List<String> parts = new ArrayList<>();
            for (String f : fields) {
                String x = a.get(f);
                String y = b.get(f);
                if (!Objects.equals(x, y) && InfluencerCodec.isPersonal(f)) {
                    parts.add(InfluencerCodec.label(f) + ": changed");
                } else if (!Objects.equals(x, y)) {
                    parts.add(InfluencerCodec.label(f) + ": " + (x == null ? "∅" : x) + " → " + (y == null ? "∅" : y));
                }
            }
            return (before == null ? "created #" + after.id() + "; " : "#" + after.id() + " ") + String.join("; ", parts);
        }
    }

    public Influencer add(NewInfluencer draft) {
        return create(Influencer.builder(draft.platform(), draft.handle()).name(draft.name())
                .followers(draft.followers()).tags(draft.tags()).owner(draft.owner()).build(), draft.owner());
    }

    /** A new record, or {@link DuplicateInfluencerException} when platform+handle is taken. */
    public Influencer create(Influencer draft, String actor) {
        try {
            Long seq = redis.opsForValue().increment(RedisKeys.influencerSequence());
            Instant now = clock.instant();
            Influencer created = draft.toBuilder().id(Long.toString(Objects.requireNonNull(seq)))
                    .createdAt(now).updatedAt(now).version(newVersion()).build();
            write(null, created, actor, "created");
            return created;
        } catch (DuplicateInfluencerException | IdentityTakenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not add influencer " + draft.handle(), e);
        }
    }

    /**
     * Applies {@code change} to the current record and saves it, retrying if someone else changed it meanwhile.
     * A status change must be allowed by {@link PipelineStatus#canMoveTo}.
     */
    public Change update(String id, String actor, String reason, UnaryOperator<Influencer> change) {
        return update(id, null, actor, reason, change);
    }

    /**
     * {@link #update(String, String, String, UnaryOperator)} starting from a copy the caller has just read, which
     * saves the first read; if it is no longer current the write finds out (version) and the retry reads afresh.
     */
    public Change update(Influencer known, String actor, String reason, UnaryOperator<Influencer> change) {
        return update(known.id(), known, actor, reason, change);
    }

    private Change update(String id, Influencer known, String actor, String reason, UnaryOperator<Influencer> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Influencer before = attempt == 0 && known != null ? known
                    : get(id).orElseThrow(() -> new InfluencerNotFoundException(id));
            Influencer proposed = change.apply(before);
            if (sameContent(before, proposed)) {
                return new Change(before, before);
            }
            if (proposed.status() != before.status() && !before.status().canMoveTo(proposed.status())) {
                throw new IllegalTransitionException(before.status(), proposed.status());
            }
            Influencer after = proposed.toBuilder().id(id).createdAt(before.createdAt())
                    .updatedAt(clock.instant()).version(newVersion()).build();
            try {
                if (write(before, after, actor, reason)) {
                    return new Change(before, after);
                }
            } catch (DuplicateInfluencerException | IdentityTakenException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException("could not update influencer " + id, e);
            }
        }
        throw new StoreException("influencer " + id + " kept changing under us; try again", null);
    }

    /** Import's idempotent upsert keyed on platform+handle: merges the candidate into what is there, if anything. */
    public Change upsert(Influencer candidate, String actor, java.util.function.BinaryOperator<Influencer> merge) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<String> existing = idOf(candidate.platform(), candidate.handle());
            if (existing.isEmpty()) {
                try {
                    return new Change(null, create(candidate, actor));
                } catch (DuplicateInfluencerException raced) {
                    continue;
                }
            }
            try {
                return update(existing.get(), actor, "import", current -> merge.apply(current, candidate));
            } catch (InfluencerNotFoundException raced) {
                // The index pointed at a record being written; look again.
            }
        }
        throw new StoreException("could not upsert " + candidate.platformHandle(), null);
    }

    public Optional<Influencer> get(String id) {
        try {
            Map<Object, Object> hash = redis.opsForHash().entries(RedisKeys.influencer(id));
            return hash.isEmpty() ? Optional.empty() : Optional.of(InfluencerCodec.fromHash(id, hash));
        } catch (RuntimeException e) {
            throw new StoreException("could not read influencer " + id, e);
        }
    }

    /** In the order asked; missing ids are left out. One round trip. */
    @SuppressWarnings("unchecked")
    public List<Influencer> getAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (String id : ids) {
                    connection.hashCommands().hGetAll(RedisKeys.influencer(id).getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
            List<Influencer> found = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                Map<Object, Object> hash = (Map<Object, Object>) hashes.get(i);
                if (hash != null && !hash.isEmpty()) {
                    found.add(InfluencerCodec.fromHash(ids.get(i), hash));
                }
            }
            return found;
        } catch (RuntimeException e) {
            throw new StoreException("could not read influencers", e);
        }
    }

    public Optional<String> idOf(Platform platform, String handle) {
        String field = platform.id() + ":" + normalizeHandle(handle).toLowerCase(java.util.Locale.ROOT);
        Object id = redis.opsForHash().get(RedisKeys.influencerPlatformHandleIndex(), field);
        return Optional.ofNullable((String) id);
    }

    /** Everyone with this handle, on any platform (usually one), archived included. */
    public List<Influencer> findByHandle(String handle) {
        try {
            String h = normalizeHandle(handle).toLowerCase(java.util.Locale.ROOT);
            List<Object> fields = Arrays.stream(Platform.values()).map(p -> (Object) (p.id() + ":" + h)).toList();
            List<Object> ids = redis.opsForHash().multiGet(RedisKeys.influencerPlatformHandleIndex(), fields);
            return getAll(ids.stream().filter(Objects::nonNull).map(String.class::cast).toList());
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not look up handle " + handle, e);
        }
    }

    /** The influencer a WeChat identity is linked to ({@code channel} is "wecom" or "mp"). */
    public Optional<Influencer> findByIdentity(String channel, String externalId) {
        Object id = redis.opsForHash().get(RedisKeys.influencerIdentityIndex(), InfluencerIndexes.identity(channel, externalId));
        return id == null ? Optional.empty() : get((String) id);
    }

    /** Live records whose name starts with {@code prefix} (case-insensitive), by name. */
    public List<Influencer> findByNamePrefix(String prefix, int limit) {
        String p = InfluencerIndexes.nameKey(prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        Set<String> members = redis.opsForZSet().rangeByLex(RedisKeys.influencerNames(),
                org.springframework.data.domain.Range.closed(p, p + "\uffff"),
                org.springframework.data.redis.connection.Limit.limit().count(limit));
        if (members == null) {
            return List.of();
        }
        return getAll(members.stream().map(m -> m.substring(m.lastIndexOf(InfluencerIndexes.NAME_SEPARATOR) + 1)).toList());
    }

    public InfluencerQuery.Page query(InfluencerQuery query) {
        return page(query, search.run(query));
    }

    /**
     * How many records match, counted to the end even where {@link #query} would say "at least": it builds the whole
     * filtered set inside Redis, so it is for an operator who asks for the number (/daren count), not for paging.
     */
    public long countExactly(InfluencerQuery query) {
        return exactSearch.run(query).total();
    }

    static InfluencerQuery.Page page(InfluencerQuery query, InfluencerSearch.Result result) {
        List<String> records = result.records();
        List<Influencer> items = new ArrayList<>();
        int i = 0;
        while (i < records.size()) {
            String id = records.get(i);
            int n = Integer.parseInt(records.get(i + 1));
            Map<Object, Object> hash = new java.util.HashMap<>();
            for (int f = i + 2; f < i + 2 + n; f += 2) {
                hash.put(records.get(f), records.get(f + 1));
            }
            if (!hash.isEmpty()) {
                items.add(InfluencerCodec.fromHash(id, hash));
            }
            i += 2 + n;
        }
        return new InfluencerQuery.Page(items, result.total(), result.exact(), query.page(), query.pageSize());
    }

    /** Newest first. */
    public List<Influencer> newest(int offset, int limit) {
        List<String> ids = new ArrayList<>(Objects.requireNonNullElse(
                redis.opsForZSet().reverseRange(RedisKeys.influencersBy(SortField.CREATED.key()), offset, offset + limit - 1L),
                Set.of()));
        return getAll(ids);
    }

    /** Live records added in [from, to) (for the daily and weekly report). */
    public long countCreatedBetween(Instant from, Instant to) {
        Long n = redis.opsForZSet().count(RedisKeys.influencersBy(SortField.CREATED.key()), from.toEpochMilli(),
                to.toEpochMilli() - 1);
        return n == null ? 0 : n;
    }

    /** Live (not archived) records. */
    public long count() {
        Long n = redis.opsForZSet().zCard(RedisKeys.influencersBy(SortField.CREATED.key()));
        return n == null ? 0 : n;
    }

    public long countWithStatus(PipelineStatus status) {
        Long n = redis.opsForSet().size(RedisKeys.influencersWithStatus(status.id()));
        return n == null ? 0 : n;
    }

    /** Pipeline moves in a month: "to:{status}" and "new" to counts. */
    public Map<String, Long> movesIn(YearMonth month) {
        Map<Object, Object> raw = redis.opsForHash().entries(RedisKeys.pipelineMonth(month.toString()));
        Map<String, Long> moves = new java.util.TreeMap<>();
        raw.forEach((k, v) -> moves.put((String) k, Long.parseLong((String) v)));
        return moves;
    }

    public List<StatusChange> history(String id) {
        List<String> lines = redis.opsForList().range(RedisKeys.influencerHistory(id), 0, -1);
        return lines == null ? List.of() : lines.stream().map(StatusChange::decode).toList();
    }

    public void addNote(String id, Note note) {
        if (get(id).isEmpty()) {
            throw new InfluencerNotFoundException(id);
        }
        redis.opsForList().rightPush(RedisKeys.influencerNotes(id), note.encode());
    }

    public List<Note> notes(String id) {
        List<String> lines = redis.opsForList().range(RedisKeys.influencerNotes(id), 0, -1);
        return lines == null ? List.of() : lines.stream().map(Note::decode).toList();
    }

    /** True when written; false when the version moved on (someone else wrote first). */
    private boolean write(Influencer before, Influencer after, String actor, String reason) {
        Map<String, String> fields = InfluencerCodec.toHash(after);
        fields.remove(InfluencerCodec.VERSION);
        VersionedWrite write = VersionedWrite.of(RedisKeys.influencer(after.id()), after.id(),
                before == null ? null : before.version(), after.version()).set(fields);
        if (before != null) {
            write.delete(InfluencerCodec.toHash(before).keySet().stream()
                    .filter(k -> !fields.containsKey(k) && !k.equals(InfluencerCodec.VERSION)).toList());
        }
        Set<IndexEntry> old = before == null ? Set.of() : InfluencerIndexes.of(before);
        Set<IndexEntry> now = InfluencerIndexes.of(after);
        old.stream().filter(e -> !now.contains(e)).forEach(e -> {
            switch (e.kind()) {
                case SET -> write.removeFromSet(e.key(), e.member());
                case ZSET -> write.removeFromSortedSet(e.key(), e.member());
                case UNIQUE -> write.releaseUnique(e.key(), e.member());
            }
        });
        now.stream().filter(e -> !old.contains(e)).forEach(e -> {
            switch (e.kind()) {
                case SET -> write.addToSet(e.key(), e.member());
                case ZSET -> write.addToSortedSet(e.key(), e.member(), e.score());
                case UNIQUE -> write.claimUnique(e.key(), e.member());
            }
        });
        String month = RedisKeys.pipelineMonth(YearMonth.from(after.updatedAt().atZone(MONTH_ZONE)).toString());
        if (before == null) {
            write.increment(month, "new", 1);
        }
        if (before == null || before.status() != after.status()) {
            StatusChange change = new StatusChange(after.updatedAt(), actor, before == null ? null : before.status(),
                    after.status(), reason);
            write.append(RedisKeys.influencerHistory(after.id()), change.encode());
            write.increment(month, "to:" + after.status().id(), 1);
        }
        VersionedWrite.Result result = write.execute(redis);
        return switch (result.outcome()) {
            case WRITTEN -> true;
            case CONFLICT -> false;
            case DUPLICATE -> throw result.field().startsWith("wecom:") || result.field().startsWith("mp:")
                    || result.field().startsWith("sim:")
                    ? new IdentityTakenException(result.field(), result.holder())
                    : new DuplicateInfluencerException(result.holder());
        };
    }

    private static boolean sameContent(Influencer a, Influencer b) {
        Influencer x = a.toBuilder().updatedAt(null).version(null).build();
        Influencer y = b.toBuilder().updatedAt(null).version(null).build();
        return x.equals(y);
    }

    private static String newVersion() {
        return VersionedWrite.newVersion();
    }

    static String scratchToken() {
        return UUID.randomUUID().toString();
    }
}
