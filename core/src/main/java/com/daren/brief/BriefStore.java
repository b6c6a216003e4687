package com.daren.brief;

import com.daren.command.Lang;
import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The brief's state in Redis: sources and their caches, curated items, groups' settings, per-day marks. */
public class BriefStore {

    /** Marks a group-day SENDING if nothing (or only a retry note) is there yet. */
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            local cur = redis.call('GET', KEYS[1])
            if cur and string.sub(cur, 1, 6) ~= 'RETRY|' then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """, Long.class);

    /** Replaces our own SENDING mark with the outcome; the items sent join the group's memory in the same step. */
    private static final RedisScript<Long> SETTLE = new DefaultRedisScript<>("""
            local cur = redis.call('GET', KEYS[1])
            if cur ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            local at = ARGV[4]
            for i = 6, #ARGV do redis.call('ZADD', KEYS[2], at, ARGV[i]) end
            if #ARGV >= 6 then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[5]) end
            return 1
            """, Long.class);

    /** Replaces any mark unless it is a SENDING one (someone may be sending right now). */
    private static final RedisScript<Long> NOTE = new DefaultRedisScript<>("""
            local cur = redis.call('GET', KEYS[1])
            if cur and string.sub(cur, 1, 8) == 'SENDING|' and cur ~= ARGV[3] then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """, Long.class);

    static final Duration MARK_TTL = Duration.ofDays(3);

    private final StringRedisTemplate redis;

    public BriefStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    // ---- sources ----

    /** Adds a feed; the existing one when the same URL (normalized) is already there. */
    public FeedSource addSource(String url, String topic, String by, Instant at) {
        String normalized = ItemKeys.normalizeUrl(url);
        Optional<FeedSource> existing = sources().stream().filter(s -> ItemKeys.normalizeUrl(s.url()).equals(normalized)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = "s" + call(() -> redis.opsForValue().increment(RedisKeys.briefSourceSequence()));
        FeedSource source = new FeedSource(id, FeedItem.clean(url), FeedItem.clean(topic), by, at);
        call(() -> {
            redis.opsForHash().put(RedisKeys.briefSources(), id, String.join("\t", source.url(), source.topic(), by,
                    Long.toString(at.toEpochMilli())));
            return null;
        });
        return source;
    }

    public List<FeedSource> sources() {
        Map<Object, Object> raw = call(() -> redis.opsForHash().entries(RedisKeys.briefSources()));
        List<FeedSource> out = new ArrayList<>();
        raw.forEach((k, v) -> {
            String[] f = ((String) v).split("\t", -1);
            out.add(new FeedSource((String) k, f[0], f[1], f[2], Instant.ofEpochMilli(Long.parseLong(f[3]))));
        });
        out.sort(Comparator.comparingInt(s -> Integer.parseInt(s.id().substring(1))));
        return out;
    }

    public boolean removeSource(String id) {
        Long removed = call(() -> redis.opsForHash().delete(RedisKeys.briefSources(), id));
        if (removed != null && removed > 0) {
            call(() -> redis.delete(RedisKeys.briefFeed(id)));
            bumpPool();
            return true;
        }
        return false;
    }

    // ---- per-source caches ----

    /** A source's last fetch: the items of the last good one, validators, and the last error (empty when fine). */
    public record FeedCache(List<FeedItem> items, String etag, String lastModified, Instant fetchedAt, Instant okAt,
                            String error) {
        public boolean failing() {
            return !error.isEmpty();
        }
    }

    public FeedCache feedCache(String sourceId) {
        Map<Object, Object> h = call(() -> redis.opsForHash().entries(RedisKeys.briefFeed(sourceId)));
        String items = (String) h.getOrDefault("items", "");
        return new FeedCache(items.isEmpty() ? List.of() : Arrays.stream(items.split("\n")).map(FeedItem::decode).toList(),
                (String) h.getOrDefault("etag", ""), (String) h.getOrDefault("lm", ""), instant(h.get("at")),
                instant(h.get("ok")), (String) h.getOrDefault("err", ""));
    }

    /** Every source's cache in one round trip (what a pool is built from). */
    public Map<String, FeedCache> feedCaches(List<FeedSource> sources) {
        List<Object> raw = call(() -> redis.executePipelined((RedisCallback<Object>) c -> {
            for (FeedSource s : sources) {
                c.hashCommands().hGetAll(RedisKeys.briefFeed(s.id()).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        }, redis.getStringSerializer()));
        Map<String, FeedCache> out = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, String> h = (Map<String, String>) raw.get(i);
            String items = h.getOrDefault("items", "");
            out.put(sources.get(i).id(), new FeedCache(items.isEmpty() ? List.of()
                    : Arrays.stream(items.split("\n")).map(FeedItem::decode).toList(), h.getOrDefault("etag", ""),
                    h.getOrDefault("lm", ""), instant(h.get("at")), instant(h.get("ok")), h.getOrDefault("err", "")));
        }
        return out;
    }

    public void saveFetched(String sourceId, List<FeedItem> items, String etag, String lastModified, Instant at) {
        Map<String, String> h = new HashMap<>();
        h.put("items", String.join("\n", items.stream().map(FeedItem::encode).toList()));
        h.put("etag", etag);
        h.put("lm", lastModified);
        h.put("at", Long.toString(at.toEpochMilli()));
        h.put("ok", Long.toString(at.toEpochMilli()));
        h.put("err", "");
        call(() -> {
            redis.opsForHash().putAll(RedisKeys.briefFeed(sourceId), h);
            return null;
        });
    }

    public void saveNotModified(String sourceId, Instant at) {
        call(() -> {
            redis.opsForHash().putAll(RedisKeys.briefFeed(sourceId), Map.of("at", Long.toString(at.toEpochMilli()),
                    "ok", Long.toString(at.toEpochMilli()), "err", ""));
            return null;
        });
    }

    /** A failed fetch keeps the last good items (still news until they age out) and records why. */
    public void saveFailed(String sourceId, String reason, Instant at) {
        call(() -> {
            redis.opsForHash().putAll(RedisKeys.briefFeed(sourceId), Map.of("at", Long.toString(at.toEpochMilli()),
                    "err", FeedItem.clean(reason)));
            return null;
        });
    }

    public long bumpPool() {
        return call(() -> redis.opsForValue().increment(RedisKeys.briefPoolVersion()));
    }

    public String poolVersion() {
        String v = call(() -> redis.opsForValue().get(RedisKeys.briefPoolVersion()));
        return v == null ? "0" : v;
    }

    // ---- curated items ----

    public void addCurated(FeedItem item) {
        call(() -> {
            redis.opsForHash().put(RedisKeys.briefCurated(), ItemKeys.urlKey(item), item.encode());
            return null;
        });
        bumpPool();
    }

    /** Curated items added after {@code since}; older ones are dropped from Redis on the way. */
    public List<FeedItem> curated(Instant since) {
        Map<Object, Object> raw = call(() -> redis.opsForHash().entries(RedisKeys.briefCurated()));
        List<FeedItem> out = new ArrayList<>();
        List<Object> stale = new ArrayList<>();
        raw.forEach((k, v) -> {
            FeedItem item = FeedItem.decode((String) v);
            if (item.firstSeen().isBefore(since)) {
                stale.add(k);
            } else {
                out.add(item);
            }
        });
        if (!stale.isEmpty()) {
            call(() -> redis.opsForHash().delete(RedisKeys.briefCurated(), stale.toArray()));
        }
        out.sort(Comparator.comparing(FeedItem::firstSeen));
        return out;
    }

    // ---- groups ----

    /** Saves a group's own brief settings (name and owner belong to the group model and are not stored here). */
    public void saveSettings(BriefGroup g) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("t", g.time().toString());
        h.put("z", g.zone().getId());
        h.put("k", String.join(",", g.keywords()));
        h.put("n", Integer.toString(g.cap()));
        h.put("l", g.lang().name());
        h.put("on", g.enabled() ? "1" : "0");
        call(() -> {
            redis.opsForHash().putAll(RedisKeys.briefGroup(g.id()), h);
            redis.opsForSet().add(RedisKeys.briefGroups(), g.id());
            return null;
        });
    }

    /** A group's own settings, if an operator set any (name and owner left empty). */
    public Optional<BriefGroup> settings(String id) {
        Map<Object, Object> raw = call(() -> redis.opsForHash().entries(RedisKeys.briefGroup(id)));
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> h = new HashMap<>();
        raw.forEach((k, v) -> h.put((String) k, (String) v));
        String k = h.getOrDefault("k", "");
        return Optional.of(new BriefGroup(id, "", "", LocalTime.parse(h.get("t")), ZoneId.of(h.get("z")),
                k.isEmpty() ? List.of() : List.of(k.split(",")), Integer.parseInt(h.get("n")), Lang.valueOf(h.get("l")),
                "1".equals(h.get("on"))));
    }

    // ---- a group-day's mark ----

    public Optional<String> mark(String groupId, String date) {
        return Optional.ofNullable(call(() -> redis.opsForValue().get(RedisKeys.briefMark(groupId, date))));
    }

    /** Takes the group-day for one send: true when nothing had been sent, started or settled for it. */
    public boolean takeForSending(String groupId, String date, String sendingMark) {
        Long ok = call(() -> redis.execute(TAKE, List.of(RedisKeys.briefMark(groupId, date)), sendingMark,
                Long.toString(MARK_TTL.toMillis())));
        return ok != null && ok == 1;
    }

    /**
     * Settles our own SENDING mark; on SENT the item keys join the group's memory (entries older than
     * {@code forgetBefore} go). False when the mark is not ours any more.
     */
    public boolean settle(String groupId, String date, String sendingMark, String outcome, Instant at,
                          List<String> shownKeys, Instant forgetBefore) {
        List<String> args = new ArrayList<>(List.of(sendingMark, outcome, Long.toString(MARK_TTL.toMillis()),
                Long.toString(at.toEpochMilli()), Long.toString(forgetBefore.toEpochMilli())));
        args.addAll(shownKeys);
        Long ok = call(() -> redis.execute(SETTLE, List.of(RedisKeys.briefMark(groupId, date), RedisKeys.briefShown(groupId)),
                args.toArray()));
        return ok != null && ok == 1;
    }

    /** Writes a mark unless someone else's SENDING mark is there ({@code mine}: a SENDING mark we may replace). */
    public boolean note(String groupId, String date, String mark, String mine) {
        Long ok = call(() -> redis.execute(NOTE, List.of(RedisKeys.briefMark(groupId, date)), mark,
                Long.toString(MARK_TTL.toMillis()), mine == null ? "" : mine));
        return ok != null && ok == 1;
    }

    public void clearMark(String groupId, String date) {
        call(() -> redis.delete(RedisKeys.briefMark(groupId, date)));
    }

    /** Item keys the group was already sent. */
    public Set<String> shown(String groupId) {
        Set<String> keys = call(() -> redis.opsForZSet().range(RedisKeys.briefShown(groupId), 0, -1));
        return keys == null ? Set.of() : keys;
    }

    // ---- short links and once-a-day notes ----

    public void saveLinks(Map<String, String> codeToUrl, Duration ttl) {
        if (codeToUrl.isEmpty()) {
            return;
        }
        call(() -> redis.executePipelined((RedisCallback<Object>) c -> {
            codeToUrl.forEach((code, url) -> c.stringCommands().set(RedisKeys.briefLink(code).getBytes(StandardCharsets.UTF_8),
                    url.getBytes(StandardCharsets.UTF_8), org.springframework.data.redis.core.types.Expiration.from(ttl),
                    org.springframework.data.redis.connection.RedisStringCommands.SetOption.upsert()));
            return null;
        }));
    }

    public Optional<String> link(String code) {
        return Optional.ofNullable(call(() -> redis.opsForValue().get(RedisKeys.briefLink(code))));
    }

    /** True the first time on that date for this owner and source. */
    public boolean firstFailureNotice(String owner, String date, String sourceId) {
        Boolean first = call(() -> redis.opsForValue().setIfAbsent(RedisKeys.briefSourceFailureTold(owner, date, sourceId),
                "1", Duration.ofDays(2)));
        return Boolean.TRUE.equals(first);
    }

    /**
     * Counts a send attempt in its second and returns its place (1 = first). A caller over the limit waits in line:
     * place {@code n} goes {@code (n - 1) / perSecond} seconds later. A replayed INCR only delays a send.
     */
    public long sendPlace(long epochSecond) {
        String key = RedisKeys.briefRate(epochSecond);
        Long n = call(() -> redis.opsForValue().increment(key));
        if (n != null && n == 1) {
            // well past its second: a dispatcher that stalls mid-burst must still find the count it left
            call(() -> redis.expire(key, Duration.ofMinutes(2)));
        }
        return n == null ? Long.MAX_VALUE : n;
    }

    private static Instant instant(Object ms) {
        return ms == null || ((String) ms).isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong((String) ms));
    }

    private static <T> T call(Supplier<T> op) {
        try {
            return op.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("brief store: " + e.getMessage(), e);
        }
    }
}
