package com.daren.bench.crm;

import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import com.daren.crm.SortField;
import com.daren.crm.Tier;
import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/** What Redis says about its memory: INFO memory, and MEMORY USAGE per key family of the influencer schema. */
final class RedisMemory {

    private RedisMemory() {
    }

    /** INFO memory's figures, in bytes; {@code dataset} is −1 where the server does not report it. */
    record Info(long used, long dataset, long rss, long keys) {
    }

    static Info info(StringRedisTemplate redis) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("memory"));
        Long keys = redis.execute((RedisCallback<Long>) c -> c.serverCommands().dbSize());
        return new Info(number(p, "used_memory"), number(p, "used_memory_dataset"), number(p, "used_memory_rss"),
                keys == null ? 0 : keys);
    }

    /** INFO stats total_connections_received: connections the server has accepted since it started. */
    static long connectionsReceived(StringRedisTemplate redis) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("stats"));
        return number(p, "total_connections_received");
    }

    /** Clears INFO commandstats (and the other counters of CONFIG RESETSTAT); the server is this run's own. */
    static void resetStats(StringRedisTemplate redis) {
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().resetConfigStats();
            return null;
        });
    }

    /** One line of INFO commandstats: a command (also when a script called it), how often, microseconds in all. */
    record CommandStat(String command, long calls, long micros) {
    }

    /** INFO commandstats, most time first. */
    static List<CommandStat> commandStats(StringRedisTemplate redis) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("commandstats"));
        List<CommandStat> stats = new ArrayList<>();
        if (p != null) {
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("cmdstat_")) {
                    continue;
                }
                long calls = 0;
                long usec = 0;
                for (String part : p.getProperty(key).split(",")) {
                    String[] kv = part.split("=", 2);
                    if (kv.length == 2 && kv[0].equals("calls")) {
                        calls = Long.parseLong(kv[1]);
                    } else if (kv.length == 2 && kv[0].equals("usec")) {
                        usec = Long.parseLong(kv[1]);
                    }
                }
                stats.add(new CommandStat(key.substring("cmdstat_".length()), calls, usec));
            }
        }
        stats.sort((a, b) -> Long.compare(b.micros(), a.micros()));
        return stats;
    }

    static String serverVersion(StringRedisTemplate redis) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("server"));
        return p == null ? "?" : p.getProperty("redis_version", "?");
    }

    /** Encoding thresholds that decide how big an index is (set-max-intset-entries, zset-max-listpack-entries …). */
    static String config(StringRedisTemplate redis, String pattern) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().getConfig(pattern));
        if (p == null || p.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> parts.add(k + " " + p.getProperty(k)));
        return String.join(", ", parts);
    }

    /**
     * Bytes one family of keys holds: {@code keys} keys (sampled when they are per record), their encoding, the
     * MEMORY USAGE total (every element counted: SAMPLES 0), and that total per record.
     */
    record Family(String name, String pattern, long keys, String encoding, long bytes, double perRecord, long members) {

        double perMember() {
            return members == 0 ? Double.NaN : (double) bytes / members;
        }
    }

    /**
     * MEMORY USAGE of every index key and of a sample of the per-record keys (record HASH, history LIST), scaled to
     * all records. {@code maxId} is the highest record id; records 1..maxId all exist.
     */
    static List<Family> breakdown(StringRedisTemplate redis, long records, long maxId, int sample, List<String> owners,
                                  List<String> tags) {
        List<Family> families = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        List<String> ids = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        int want = (int) Math.min(sample, maxId);
        while (seen.size() < want) {
            seen.add(1 + r.nextLong(maxId));
        }
        seen.forEach(id -> ids.add(Long.toString(id)));
        families.add(sampled(redis, "record HASH", "daren:inf:{id}", ids, RedisKeys::influencer, records));
        families.add(sampled(redis, "status history LIST", "daren:inf:{id}:hist", ids, RedisKeys::influencerHistory, records));
        families.add(whole(redis, "platform:handle → id HASH", List.of(RedisKeys.influencerPlatformHandleIndex()), records));
        families.add(whole(redis, "WeChat identity → id HASH", List.of(RedisKeys.influencerIdentityIndex()), records));
        families.add(whole(redis, "tier SETs", keys(List.of(Tier.values()), t -> RedisKeys.influencersInTier(t.label())), records));
        families.add(whole(redis, "status SETs", keys(List.of(PipelineStatus.values()),
                s -> RedisKeys.influencersWithStatus(s.id())), records));
        families.add(whole(redis, "platform SETs", keys(List.of(Platform.values()), p -> RedisKeys.influencersOn(p.id())), records));
        families.add(whole(redis, "owner SETs", keys(owners, RedisKeys::influencersOwnedBy), records));
        families.add(whole(redis, "tag SETs", keys(tags, RedisKeys::influencersTagged), records));
        for (SortField f : SortField.values()) {
            families.add(whole(redis, "sort ZSET by " + f.key(), List.of(RedisKeys.influencersBy(f.key())), records));
        }
        families.add(whole(redis, "name ZSET (prefix search)", List.of(RedisKeys.influencerNames()), records));
        return families;
    }

    private static <T> List<String> keys(List<T> values, Function<T, String> key) {
        return values.stream().map(key).toList();
    }

    private static Family sampled(StringRedisTemplate redis, String name, String pattern, List<String> ids,
                                  Function<String, String> key, long records) {
        long sum = 0;
        long members = 0;
        int found = 0;
        String encoding = null;
        for (String id : ids) {
            Long bytes = usage(redis, key.apply(id));
            if (bytes != null) {
                sum += bytes;
                members += members(redis, key.apply(id));
                found++;
                if (encoding == null) {
                    encoding = encoding(redis, key.apply(id));
                }
            }
        }
        double per = found == 0 ? 0 : (double) sum / found;
        return new Family(name + " (sample of " + found + ")", pattern, records, encoding == null ? "–" : encoding,
                Math.round(per * records), per, found == 0 ? 0 : Math.round((double) members / found * records));
    }

    private static Family whole(StringRedisTemplate redis, String name, List<String> keys, long records) {
        long sum = 0;
        long present = 0;
        long members = 0;
        Set<String> encodings = new LinkedHashSet<>();
        for (String k : keys) {
            Long bytes = usage(redis, k);
            if (bytes != null) {
                sum += bytes;
                members += members(redis, k);
                present++;
                encodings.add(encoding(redis, k));
            }
        }
        String pattern = keys.size() == 1 ? keys.get(0) : common(keys) + "…";
        return new Family(name, pattern, present, encodings.isEmpty() ? "–" : String.join(", ", encodings), sum,
                records == 0 ? 0 : (double) sum / records, members);
    }

    private static String common(List<String> keys) {
        String p = keys.get(0);
        for (String k : keys) {
            while (!k.startsWith(p)) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    /** MEMORY USAGE through a script: Lettuce's generic execute cannot read an integer reply. */
    private static final RedisScript<Long> USAGE = new DefaultRedisScript<>(
            "return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '0')", Long.class);

    static Long usage(StringRedisTemplate redis, String key) {
        return redis.execute(USAGE, List.of(key));
    }

    private static final RedisScript<Long> MEMBERS = new DefaultRedisScript<>("""
            local t = redis.call('TYPE', KEYS[1]).ok
            if t == 'set' then return redis.call('SCARD', KEYS[1]) end
            if t == 'zset' then return redis.call('ZCARD', KEYS[1]) end
            if t == 'hash' then return redis.call('HLEN', KEYS[1]) end
            if t == 'list' then return redis.call('LLEN', KEYS[1]) end
            return 0
            """, Long.class);

    /** Elements of a SET, ZSET, HASH (fields) or LIST. */
    static long members(StringRedisTemplate redis, String key) {
        Long n = redis.execute(MEMBERS, List.of(key));
        return n == null ? 0 : n;
    }

    static String encoding(StringRedisTemplate redis, String key) {
        Object v = redis.execute((RedisCallback<Object>) c -> c.execute("OBJECT", b("ENCODING"), b(key)));
        return v instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(v);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long number(Properties p, String key) {
        String v = p == null ? null : p.getProperty(key);
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
