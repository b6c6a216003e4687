package com.daren.audit;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operator actions and refused attempts, kept in a capped Redis stream (newest 100,000). */
public class AuditLog {

    private static final long MAX_ENTRIES = 100_000;

    private final StringRedisTemplate redis;

    public AuditLog(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void record(AuditEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("at", Long.toString(entry.at().toEpochMilli()));
        fields.put("actor", entry.actor());
        fields.put("channel", entry.channel());
        fields.put("command", entry.command());
        fields.put("outcome", entry.outcome());
        fields.put("detail", entry.detail() == null ? "" : entry.detail());
        try {
            MapRecord<String, String, String> record = StreamRecords.newRecord().in(RedisKeys.auditLog()).ofMap(fields);
            redis.opsForStream().add(record);
            redis.opsForStream().trim(RedisKeys.auditLog(), MAX_ENTRIES, true);
        } catch (RuntimeException e) {
            throw new StoreException("could not write the audit log", e);
        }
    }

    /** Newest first. */
    public List<AuditEntry> recent(int limit) {
        try {
            List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                    .reverseRange(RedisKeys.auditLog(), Range.unbounded(), Limit.limit().count(limit));
            if (records == null) {
                return List.of();
            }
            return records.stream().map(AuditLog::toEntry).toList();
        } catch (RuntimeException e) {
            throw new StoreException("could not read the audit log", e);
        }
    }

    private static AuditEntry toEntry(MapRecord<String, Object, Object> record) {
        Map<Object, Object> f = record.getValue();
        return new AuditEntry(Instant.ofEpochMilli(Long.parseLong((String) f.get("at"))), (String) f.get("actor"),
                (String) f.get("channel"), (String) f.get("command"), (String) f.get("outcome"),
                (String) f.get("detail"));
    }
}
