package com.daren.crm;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an {@link InfluencerQuery} inside Redis: the sort field's ZSET is intersected with the filter SETs (a union
 * first where one field allows several values), cut to the score ranges, and paged, in one script that deletes its
 * scratch keys before it returns, together with the page's records: one round trip. Nothing is scanned and no
 * record is read except the page's.
 */
final class InfluencerSearch {

    private static final RedisScript<List> QUERY = new DefaultRedisScript<>("""
            local sortKey, desc, off, lim, tmp = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5]
            local recordPrefix = ARGV[6]
            local i = 7
            local ngroups = tonumber(ARGV[i]); i = i + 1
            local sources, weights, temps = {sortKey}, {1}, {}
            for g = 1, ngroups do
              local n = tonumber(ARGV[i]); i = i + 1
              if n == 1 then
                table.insert(sources, ARGV[i])
              else
                local u = tmp .. ':u' .. g
                redis.call('SUNIONSTORE', u, unpack(ARGV, i, i + n - 1))
                table.insert(sources, u); table.insert(temps, u)
              end
              table.insert(weights, 0)
              i = i + n
            end
            local nranges = tonumber(ARGV[i]); i = i + 1
            local target = sortKey
            if #sources > 1 or nranges > 0 then
              target = tmp .. ':r'
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
              for r = 1, nranges do
                local key, min, max = ARGV[i], ARGV[i + 1], ARGV[i + 2]
                i = i + 3
                if key == sortKey then
                  if min ~= '-inf' then redis.call('ZREMRANGEBYSCORE', target, '-inf', '(' .. min) end
                  if max ~= '+inf' then redis.call('ZREMRANGEBYSCORE', target, '(' .. max, '+inf') end
                else
                  -- Score the candidates by the range field, cut, and intersect back: work in proportion to the
                  -- candidates, not to everyone inside the range.
                  local rr = tmp .. ':x'
                  redis.call('ZINTERSTORE', rr, 2, target, key, 'WEIGHTS', 0, 1)
                  if min ~= '-inf' then redis.call('ZREMRANGEBYSCORE', rr, '-inf', '(' .. min) end
                  if max ~= '+inf' then redis.call('ZREMRANGEBYSCORE', rr, '(' .. max, '+inf') end
                  redis.call('ZINTERSTORE', target, 2, target, rr, 'WEIGHTS', 1, 0)
                  redis.call('DEL', rr)
                end
              end
            end
            local total = redis.call('ZCARD', target)
            local ids
            if desc then ids = redis.call('ZREVRANGE', target, off, off + lim - 1)
            else ids = redis.call('ZRANGE', target, off, off + lim - 1) end
            for _, t in ipairs(temps) do redis.call('DEL', t) end
            local out = {tostring(total)}
            for _, id in ipairs(ids) do
              local fields = redis.call('HGETALL', recordPrefix .. id)
              table.insert(out, id)
              table.insert(out, tostring(#fields))
              for _, f in ipairs(fields) do table.insert(out, f) end
            end
            return out
            """, List.class);

    private final StringRedisTemplate redis;

    InfluencerSearch(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The total count, then for each record of the page: its id, its field count, its fields and values. */
    @SuppressWarnings("unchecked")
    List<String> run(InfluencerQuery q) {
        String sortKey = RedisKeys.influencersBy(q.sort().key());
        List<String> args = new ArrayList<>(List.of(sortKey, q.descending() ? "1" : "0",
                Long.toString((long) (q.page() - 1) * q.pageSize()), Integer.toString(q.pageSize()),
                RedisKeys.scratch(InfluencerStore.scratchToken()), RedisKeys.influencer("")));
        List<List<String>> groups = new ArrayList<>();
        group(groups, q.tiers(), t -> RedisKeys.influencersInTier(t.label()));
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
        range(ranges, SortField.FOLLOWERS, q.followers());
        range(ranges, SortField.SCORE, q.score());
        range(ranges, SortField.ER, q.engagementRate());
        args.add(Integer.toString(ranges.size() / 3));
        args.addAll(ranges);
        try {
            return (List<String>) redis.execute(QUERY, List.of(), args.toArray());
        } catch (RuntimeException e) {
            throw new StoreException("could not list influencers", e);
        }
    }

    private static <T> void group(List<List<String>> groups, Collection<T> values, Function<T, String> key) {
        if (!values.isEmpty()) {
            groups.add(values.stream().map(key).distinct().sorted().toList());
        }
    }

    private static void range(List<String> ranges, SortField field, InfluencerQuery.Range range) {
        if (range != null) {
            ranges.addAll(List.of(RedisKeys.influencersBy(field.key()), range.lowerBound(), range.upperBound()));
        }
    }
}
