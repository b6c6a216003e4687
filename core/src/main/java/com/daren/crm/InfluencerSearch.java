package com.daren.crm;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an {@link InfluencerQuery} inside Redis, in one script that also returns the page's records: one round trip,
 * nothing scanned, no record read but the page's. Redis runs scripts one at a time, so the script's cost is what
 * every other Redis call of the bot may wait for; it picks, from the indexes' sizes (SCARD, ZCOUNT), the cheapest of:
 * <ul>
 *   <li><b>rank</b>: no filter but a range of the sort field: the page by rank in the sort ZSET;</li>
 *   <li><b>small</b>: the most selective filter has few members: check each against the other filters
 *       (SISMEMBER, ZSCORE), order the matches in a scratch ZSET; exact count;</li>
 *   <li><b>walk</b>: go down the sort ZSET in order, checking each record against the filters (most selective
 *       first), until the page and one more match are found and a counting budget is spent. The count is exact when
 *       the walk reached the end, otherwise a lower bound (the page says "at least");</li>
 *   <li><b>build</b>: a deep page of a rare combination: intersect the filter sets with the sort ZSET
 *       (ZINTERSTORE), cut the ranges, page; exact count, cost in proportion to the matches.</li>
 * </ul>
 * A single filter's count is always exact: its own index knows it.
 */
final class InfluencerSearch {

    /**
     * The planner's thresholds, in records looked at.
     *
     * @param small       most candidates the small plan checks one by one
     * @param walkMax     most records a walk is expected to look at (from the filters' sizes) to be chosen
     * @param walkHard    a walk that has looked at this many without filling the page gives up and builds
     * @param countBudget records a walk looks at in all (page included) to count matches beyond the page
     */
    record Limits(int small, int walkMax, int walkHard, int countBudget) {
        static final Limits DEFAULT = new Limits(1_000, 4_000, 12_000, 200);
        /** Always the whole filtered set: an exact count, at the cost of the old materialising query. */
        static final Limits EXACT = new Limits(0, 0, 0, 0);
    }

    /** What the script returns: the count, whether it is exact, the plan it chose, then the page's records. */
    record Result(long total, boolean exact, String plan, List<String> records) {
    }

    private static final RedisScript<List> QUERY = new DefaultRedisScript<>("""
            local sortKey, desc, off, lim = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3]), tonumber(ARGV[4])
            local tmp, recordPrefix = ARGV[5], ARGV[6]
            local SMALL, WALK_MAX, WALK_HARD, COUNT_BUDGET = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
            local smin, smax = ARGV[11], ARGV[12]
            local function num(s)
              if s == '-inf' then return -math.huge elseif s == '+inf' then return math.huge end
              return tonumber(s)
            end
            local slo, shi = num(smin), num(smax)
            local sortRanged = smin ~= '-inf' or smax ~= '+inf'
            local filters = {}
            local i = 13
            local ngroups = tonumber(ARGV[i]); i = i + 1
            for g = 1, ngroups do
              local n = tonumber(ARGV[i]); i = i + 1
              local f = {set = true, keys = {}, size = 0}
              for k = 1, n do
                f.keys[k] = ARGV[i + k - 1]
                f.size = f.size + redis.call('SCARD', f.keys[k])
              end
              i = i + n
              table.insert(filters, f)
            end
            local nranges = tonumber(ARGV[i]); i = i + 1
            for r = 1, nranges do
              local f = {set = false, key = ARGV[i], min = ARGV[i + 1], max = ARGV[i + 2]}
              f.lo, f.hi = num(f.min), num(f.max)
              f.size = redis.call('ZCOUNT', f.key, f.min, f.max)
              i = i + 3
              table.insert(filters, f)
            end
            -- The most selective check first, so most candidates are turned away by one call.
            table.sort(filters, function(a, b) return a.size < b.size end)

            local function passes(f, id)
              if f.set then
                for _, k in ipairs(f.keys) do
                  if redis.call('SISMEMBER', k, id) == 1 then return true end
                end
                return false
              end
              local s = redis.call('ZSCORE', f.key, id)
              if not s then return false end
              s = tonumber(s)
              return s >= f.lo and s <= f.hi
            end
            local function matches(id, from)
              for j = from, #filters do
                if not passes(filters[j], id) then return false end
              end
              return true
            end

            local all = redis.call('ZCARD', sortKey)
            local inRange, first = all, 0
            if sortRanged then
              inRange = redis.call('ZCOUNT', sortKey, smin, smax)
              if desc then
                if smax ~= '+inf' then first = redis.call('ZCOUNT', sortKey, '(' .. smax, '+inf') end
              elseif smin ~= '-inf' then
                first = redis.call('ZCOUNT', sortKey, '-inf', '(' .. smin)
              end
            end
            local function byRank(from, to)
              if desc then return redis.call('ZREVRANGE', sortKey, first + from, first + to) end
              return redis.call('ZRANGE', sortKey, first + from, first + to)
            end

            -- One filter and nothing else: its index already knows how many match.
            local known = nil
            if #filters == 0 then known = inRange
            elseif #filters == 1 and not sortRanged then known = filters[1].size end

            local total, exact, ids, plan = 0, true, {}, ''
            local estimate = inRange
            for _, f in ipairs(filters) do estimate = estimate * f.size / math.max(all, 1) end
            local need = off + lim + 1
            local walkCost = inRange
            if estimate > 0 then walkCost = math.min(inRange, math.ceil(need * inRange / estimate)) end
            local smallest = filters[1]

            if #filters == 0 then
              plan = 'rank'
              total = inRange
              if off < inRange then ids = byRank(off, math.min(off + lim, inRange) - 1) end
            elseif smallest.size <= SMALL and smallest.size <= math.min(inRange, math.max(walkCost, COUNT_BUDGET)) then
              -- Few candidates: check them all, order the matches by a scratch ZSET (Redis's own order, ties by id).
              plan = 'small'
              local candidates = {}
              if smallest.set then
                for _, k in ipairs(smallest.keys) do
                  for _, m in ipairs(redis.call('SMEMBERS', k)) do table.insert(candidates, m) end
                end
              else
                candidates = redis.call('ZRANGEBYSCORE', smallest.key, smallest.min, smallest.max)
              end
              local sorted, batch = tmp .. ':s', {}
              for _, id in ipairs(candidates) do
                if matches(id, 2) then
                  local s = redis.call('ZSCORE', sortKey, id)
                  if s then
                    local v = tonumber(s)
                    if v >= slo and v <= shi then
                      table.insert(batch, s); table.insert(batch, id)
                      if #batch >= 1000 then redis.call('ZADD', sorted, unpack(batch)); batch = {} end
                    end
                  end
                end
              end
              if #batch > 0 then redis.call('ZADD', sorted, unpack(batch)) end
              total = redis.call('ZCARD', sorted)
              if desc then ids = redis.call('ZREVRANGE', sorted, off, off + lim - 1)
              else ids = redis.call('ZRANGE', sorted, off, off + lim - 1) end
              redis.call('DEL', sorted)
            else
              local abandoned = true
              if walkCost <= WALK_MAX then
                -- Walk the sort index in order, keeping candidates that pass every filter, until the page and one more are
                -- found and the counting budget is spent (or the index ends: then the count is exact).
                plan = 'walk'
                abandoned = false
                local found, pos, done = 0, 0, false
                while not done and pos < inRange do
                  local want = math.max(need - found, 1) * math.max(inRange / math.max(estimate, 1), 1)
                  want = math.max(want, COUNT_BUDGET - pos)
                  local n = math.min(math.max(math.ceil(want), 32), 500, inRange - pos)
                  for _, id in ipairs(byRank(pos, pos + n - 1)) do
                    pos = pos + 1
                    if matches(id, 1) then
                      if found >= off and found < off + lim then table.insert(ids, id) end
                      found = found + 1
                    end
                    if found >= need and pos >= COUNT_BUDGET then done = true; break end
                    if pos >= WALK_HARD and found < need then abandoned = true; done = true; break end
                  end
                end
                total, exact = found, pos >= inRange
              end
              if abandoned then
                -- Too deep or too rare for a walk: build the whole filtered, sorted set (cost in proportion to the matches).
                plan = 'build'
                ids = {}
                local sources, weights, temps = {sortKey}, {1}, {}
                local ranges = {}
                for g, f in ipairs(filters) do
                  if f.set then
                    if #f.keys == 1 then table.insert(sources, f.keys[1])
                    else
                      local u = tmp .. ':u' .. g
                      redis.call('SUNIONSTORE', u, unpack(f.keys))
                      table.insert(sources, u); table.insert(temps, u)
                    end
                    table.insert(weights, 0)
                  else
                    table.insert(ranges, f)
                  end
                end
                local target = tmp .. ':r'
                table.insert(temps, target)
                if #sources > 1 then
                  local args = {'ZINTERSTORE', target, #sources}
                  for _, s in ipairs(sources) do table.insert(args, s) end
                  table.insert(args, 'WEIGHTS')
                  for _, w in ipairs(weights) do table.insert(args, w) end
                  redis.call(unpack(args))
                else
                  redis.call('ZUNIONSTORE', target, 1, sortKey)
                end
                if smin ~= '-inf' then redis.call('ZREMRANGEBYSCORE', target, '-inf', '(' .. smin) end
                if smax ~= '+inf' then redis.call('ZREMRANGEBYSCORE', target, '(' .. smax, '+inf') end
                for _, f in ipairs(ranges) do
                  -- Score the candidates by the range field, cut, and intersect back: work in proportion to the candidates.
                  local rr = tmp .. ':x'
                  redis.call('ZINTERSTORE', rr, 2, target, f.key, 'WEIGHTS', 0, 1)
                  if f.min ~= '-inf' then redis.call('ZREMRANGEBYSCORE', rr, '-inf', '(' .. f.min) end
                  if f.max ~= '+inf' then redis.call('ZREMRANGEBYSCORE', rr, '(' .. f.max, '+inf') end
                  redis.call('ZINTERSTORE', target, 2, target, rr, 'WEIGHTS', 1, 0)
                  redis.call('DEL', rr)
                end
                total, exact = redis.call('ZCARD', target), true
                if desc then ids = redis.call('ZREVRANGE', target, off, off + lim - 1)
                else ids = redis.call('ZRANGE', target, off, off + lim - 1) end
                for _, t in ipairs(temps) do redis.call('DEL', t) end
              end
            end
            if known then total, exact = known, true end

            local out = {tostring(total), exact and '1' or '0', plan}
            for _, id in ipairs(ids) do
              local fields = redis.call('HGETALL', recordPrefix .. id)
              table.insert(out, id)
              table.insert(out, tostring(#fields))
              for _, f in ipairs(fields) do table.insert(out, f) end
            end
            return out
            """, List.class);

    private final StringRedisTemplate redis;
    private final Limits limits;

    InfluencerSearch(StringRedisTemplate redis) {
        this(redis, Limits.DEFAULT);
    }

    InfluencerSearch(StringRedisTemplate redis, Limits limits) {
        this.redis = redis;
        this.limits = limits;
    }

    /** For each record of the page in {@link Result#records()}: its id, its field count, its fields and values. */
    @SuppressWarnings("unchecked")
    Result run(InfluencerQuery q) {
        InfluencerQuery.Range followers = q.followers();
        Set<Tier> tiers = q.tiers();
        // A run of adjacent tiers is a followers range (tier is derived from followers): when followers are sorted
        // or filtered anyway, one range on that ZSET replaces the tier sets.
        if (!tiers.isEmpty() && contiguous(tiers) && (q.sort() == SortField.FOLLOWERS || followers != null)) {
            followers = intersect(followers, tierRange(tiers));
            tiers = Set.of();
            if (followers != null && followers.min() != null && followers.max() != null
                    && followers.min() > followers.max()) {
                return new Result(0, true, "none", List.of());
            }
        }
        String sortKey = RedisKeys.influencersBy(q.sort().key());
        List<String> args = new ArrayList<>(List.of(sortKey, q.descending() ? "1" : "0",
                Long.toString((long) (q.page() - 1) * q.pageSize()), Integer.toString(q.pageSize()),
                RedisKeys.scratch(InfluencerStore.scratchToken()), RedisKeys.influencer(""),
                Integer.toString(limits.small()), Integer.toString(limits.walkMax()),
                Integer.toString(limits.walkHard()), Integer.toString(limits.countBudget())));
        InfluencerQuery.Range sortRange = switch (q.sort()) {
            case FOLLOWERS -> followers;
            case SCORE -> q.score();
            case ER -> q.engagementRate();
            case CREATED -> null;
        };
        args.add(sortRange == null ? "-inf" : sortRange.lowerBound());
        args.add(sortRange == null ? "+inf" : sortRange.upperBound());
        List<List<String>> groups = new ArrayList<>();
        group(groups, tiers, t -> RedisKeys.influencersInTier(t.label()));
        group(groups, q.statuses(), s -> RedisKeys.influencersWithStatus(s.id()));
        group(groups, q.owners(), RedisKeys::influencersOwnedBy);
        group(groups, q.platforms(), p -> RedisKeys.influencersOn(p.id()));
        for (String tag : q.tags()) {
            groups.add(List.of(RedisKeys.influencersTagged(InfluencerIndexes.normalizeTag(tag))));
        }
        args.add(Integer.toString(groups.size()));
        for (List<String> g : groups) {
            args.add(Integer.toString(g.size()));
            args.addAll(g);
        }
        List<String> ranges = new ArrayList<>();
        range(ranges, q.sort(), SortField.FOLLOWERS, followers);
        range(ranges, q.sort(), SortField.SCORE, q.score());
        range(ranges, q.sort(), SortField.ER, q.engagementRate());
        args.add(Integer.toString(ranges.size() / 3));
        args.addAll(ranges);
        List<String> out;
        try {
            out = (List<String>) redis.execute(QUERY, List.of(), args.toArray());
        } catch (RuntimeException e) {
            throw new StoreException("could not list influencers", e);
        }
        return new Result(Long.parseLong(out.get(0)), "1".equals(out.get(1)), out.get(2), out.subList(3, out.size()));
    }

    static boolean contiguous(Set<Tier> tiers) {
        EnumSet<Tier> set = EnumSet.copyOf(tiers);
        int first = set.iterator().next().ordinal();
        return set.stream().mapToInt(Tier::ordinal).max().orElseThrow() - first == set.size() - 1;
    }

    /** Adjacent tiers as an inclusive followers range; open at the ends (nano takes anything below micro). */
    static InfluencerQuery.Range tierRange(Set<Tier> tiers) {
        EnumSet<Tier> set = EnumSet.copyOf(tiers);
        Tier low = set.iterator().next();
        Tier high = set.stream().reduce((a, b) -> b).orElseThrow();
        Tier[] all = Tier.values();
        Double min = low.ordinal() == 0 ? null : (double) low.minFollowers();
        Double max = high.ordinal() == all.length - 1 ? null : (double) (all[high.ordinal() + 1].minFollowers() - 1);
        return new InfluencerQuery.Range(min, max);
    }

    private static InfluencerQuery.Range intersect(InfluencerQuery.Range a, InfluencerQuery.Range b) {
        if (a == null) {
            return b.min() == null && b.max() == null ? null : b;
        }
        Double min = a.min() == null ? b.min() : b.min() == null ? a.min() : Double.valueOf(Math.max(a.min(), b.min()));
        Double max = a.max() == null ? b.max() : b.max() == null ? a.max() : Double.valueOf(Math.min(a.max(), b.max()));
        return new InfluencerQuery.Range(min, max);
    }

    private static <T> void group(List<List<String>> groups, Collection<T> values, Function<T, String> key) {
        if (!values.isEmpty()) {
            groups.add(values.stream().map(key).distinct().sorted().toList());
        }
    }

    /** A range on a field other than the sort field; the sort field's range went into the walk's bounds. */
    private static void range(List<String> ranges, SortField sort, SortField field, InfluencerQuery.Range range) {
        if (range != null && field != sort) {
            ranges.addAll(List.of(RedisKeys.influencersBy(field.key()), range.lowerBound(), range.upperBound()));
        }
    }
}
