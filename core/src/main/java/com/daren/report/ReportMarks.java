package com.daren.report;

import com.daren.store.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * "Since the last report": counters a section saw at the last scheduled report of a kind. Sections whose data are
 * running totals (outreach counters, pipeline counts) report the change since then; a scheduled report moves the
 * mark, one asked for with /report does not.
 */
public class ReportMarks {

    private final StringRedisTemplate redis;

    public ReportMarks(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The change of each counter since the mark (all of it when there is no mark yet); moves the mark if asked. */
    public Map<String, Long> since(ReportPeriod period, String section, Map<String, Long> now) {
        String key = RedisKeys.reportSnapshot(period.kind().id());
        Map<String, Long> change = new HashMap<>();
        Map<String, String> moved = new HashMap<>();
        for (var e : now.entrySet()) {
            String field = section + ":" + e.getKey();
            Object before = redis.opsForHash().get(key, field);
            change.put(e.getKey(), e.getValue() - (before == null ? 0 : Long.parseLong((String) before)));
            moved.put(field, Long.toString(e.getValue()));
        }
        if (period.scheduled() && !moved.isEmpty()) {
            redis.opsForHash().putAll(key, moved);
        }
        return change;
    }
}
