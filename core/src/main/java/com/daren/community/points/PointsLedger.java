package com.daren.community.points;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Check-ins and points of each group in Redis sorted sets (all time, per week, per month). Every change is one Lua
 * script, so concurrent messages (50 members checking in at once, or one member's double tap) are counted once.
 */
public final class PointsLedger {

    private static final Duration WEEK_KEPT = Duration.ofDays(7 * 6);
    private static final Duration MONTH_KEPT = Duration.ofDays(31 * 14);

    /**
     * KEYS: check-ins hash, all, week, month, log. ARGV: member, today, yesterday, base, bonus per day, bonus cap,
     * log line prefix, week ttl s, month ttl s, keep. Answers {accepted 0/1, streak, awarded, total}.
     */
    private static final DefaultRedisScript<List> CHECK_IN = new DefaultRedisScript<>("""
            local prev = redis.call('HGET', KEYS[1], ARGV[1])
            local streak = 1
            if prev then
              local day, s = string.match(prev, '^([^|]+)|(%d+)$')
              if day == ARGV[2] then
                return {0, tonumber(s), 0, tonumber(redis.call('ZSCORE', KEYS[2], ARGV[1]) or '0')}
              end
              if day == ARGV[3] then streak = tonumber(s) + 1 end
            end
            local points = tonumber(ARGV[4]) + math.min((streak - 1) * tonumber(ARGV[5]), tonumber(ARGV[6]))
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. streak)
            local total = redis.call('ZINCRBY', KEYS[2], points, ARGV[1])
            redis.call('ZINCRBY', KEYS[3], points, ARGV[1])
            redis.call('EXPIRE', KEYS[3], ARGV[8])
            redis.call('ZINCRBY', KEYS[4], points, ARGV[1])
            redis.call('EXPIRE', KEYS[4], ARGV[9])
            redis.call('LPUSH', KEYS[5], ARGV[7] .. points .. '\\tcheck-in\\t' .. ARGV[1])
            redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[10]) - 1)
            return {1, streak, points, tonumber(total)}
            """, List.class);

    /** KEYS: all, week, month, log. ARGV: member, points, log line, week ttl, month ttl, keep. Answers the total. */
    private static final DefaultRedisScript<Long> AWARD = new DefaultRedisScript<>("""
            local total = redis.call('ZINCRBY', KEYS[1], ARGV[2], ARGV[1])
            redis.call('ZINCRBY', KEYS[2], ARGV[2], ARGV[1])
            redis.call('EXPIRE', KEYS[2], ARGV[4])
            redis.call('ZINCRBY', KEYS[3], ARGV[2], ARGV[1])
            redis.call('EXPIRE', KEYS[3], ARGV[5])
            redis.call('LPUSH', KEYS[4], ARGV[3])
            redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[6]) - 1)
            return tonumber(total)
            """, Long.class);

    private final StringRedisTemplate redis;
    private final PointsSettings settings;
    private final Clock clock;

    public PointsLedger(StringRedisTemplate redis, PointsSettings settings, Clock clock) {
        this.redis = redis;
        this.settings = settings;
        this.clock = clock;
    }

    public PointsSettings settings() {
        return settings;
    }

    /** Today in a group's zone. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Checks the member in for today in the group's zone (once a day), extending or restarting their streak. */
    public CheckInResult checkIn(String group, ZoneId zone, String member) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<?> r;
        try {
            r = redis.execute(CHECK_IN, keys(group, today), member, today.toString(), today.minusDays(1).toString(),
                    Integer.toString(settings.checkInPoints()), Integer.toString(settings.streakBonus()),
                    Integer.toString(settings.streakBonusCap()), now.toEpochMilli() + "\t" + member + "\t",
                    Long.toString(WEEK_KEPT.toSeconds()), Long.toString(MONTH_KEPT.toSeconds()),
                    Integer.toString(settings.keepLog()));
        } catch (RuntimeException e) {
            throw new StoreException("could not check in", e);
        }
        Objects.requireNonNull(r, "check-in script answered nothing");
        return new CheckInResult(number(r.get(0)) == 1, (int) number(r.get(1)), (int) number(r.get(2)), number(r.get(3)));
    }

    /** Gives (or, negative, takes) points; answers the member's new total. */
    public long award(String group, ZoneId zone, String member, int points, String reason, String by) {
        Instant now = clock.instant();
        List<String> keys = keys(group, LocalDate.ofInstant(now, zone)).subList(1, 5);
        String line = now.toEpochMilli() + "\t" + member + "\t" + points + "\t" + reason.replace('\t', ' ') + "\t" + by;
        try {
            Long total = redis.execute(AWARD, keys, member, Integer.toString(points), line,
                    Long.toString(WEEK_KEPT.toSeconds()), Long.toString(MONTH_KEPT.toSeconds()),
                    Integer.toString(settings.keepLog()));
            return total == null ? 0 : total;
        } catch (RuntimeException e) {
            throw new StoreException("could not award points", e);
        }
    }

    public Standing standing(String group, ZoneId zone, String member) {
        LocalDate today = today(zone);
        try {
            Long rank = redis.opsForZSet().reverseRank(RedisKeys.points(group, Period.ALL.key(today)), member);
            String last = (String) redis.opsForHash().get(RedisKeys.checkIns(group), member);
            int streak = 0;
            if (last != null) {
                String[] f = last.split("\\|");
                LocalDate day = LocalDate.parse(f[0]);
                streak = day.isBefore(today.minusDays(1)) ? 0 : Integer.parseInt(f[1]);
            }
            return new Standing(score(group, Period.ALL, today, member), score(group, Period.WEEK, today, member),
                    score(group, Period.MONTH, today, member), rank == null ? 0 : rank + 1, streak);
        } catch (RuntimeException e) {
            throw new StoreException("could not read points", e);
        }
    }

    /** The top {@code limit} of the period that contains today. */
    public List<RankEntry> leaderboard(String group, ZoneId zone, Period period, int limit) {
        Set<ZSetOperations.TypedTuple<String>> top;
        try {
            top = redis.opsForZSet().reverseRangeWithScores(RedisKeys.points(group, period.key(today(zone))), 0, limit - 1);
        } catch (RuntimeException e) {
            throw new StoreException("could not read the leaderboard", e);
        }
        List<RankEntry> entries = new ArrayList<>();
        for (ZSetOperations.TypedTuple<String> t : Objects.requireNonNullElse(top, Set.<ZSetOperations.TypedTuple<String>>of())) {
            entries.add(new RankEntry(entries.size() + 1, t.getValue(), t.getScore() == null ? 0 : t.getScore().longValue()));
        }
        return entries;
    }

    private long score(String group, Period period, LocalDate today, String member) {
        Double s = redis.opsForZSet().score(RedisKeys.points(group, period.key(today)), member);
        return s == null ? 0 : s.longValue();
    }

    private static List<String> keys(String group, LocalDate day) {
        return List.of(RedisKeys.checkIns(group), RedisKeys.points(group, Period.ALL.key(day)),
                RedisKeys.points(group, Period.WEEK.key(day)), RedisKeys.points(group, Period.MONTH.key(day)),
                RedisKeys.pointsLog(group));
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : Long.parseLong(o.toString());
    }
}
