package com.daren.audit;

import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedRedisExtension.class)
class AuditLogTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");

    private AuditLog log;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        log = new AuditLog(redis);
    }

    private static AuditEntry entry(int minutes, String command, String outcome) {
        return new AuditEntry(T0.plusSeconds(60L * minutes), "op-zh", "wecom", command, outcome, "detail " + minutes);
    }

    @Test
    void anEmptyLogHasNoEntries() {
        assertThat(log.recent(10)).isEmpty();
    }

    @Test
    void recordedEntriesComeBackNewestFirst() {
        AuditEntry first = entry(0, "/daren add lily followers=1w", "ok");
        AuditEntry second = entry(1, "/daren add lily followers=1w", "refused");
        AuditEntry third = entry(2, "/达人 添加 小红薯 粉丝=2万", "rejected");
        log.record(first);
        log.record(second);
        log.record(third);

        assertThat(log.recent(10)).containsExactly(third, second, first);
    }

    @Test
    void recentReturnsOnlyTheNewestUpToTheLimit() {
        for (int i = 0; i < 5; i++) {
            log.record(entry(i, "/cmd " + i, "ok"));
        }

        assertThat(log.recent(2)).containsExactly(entry(4, "/cmd 4", "ok"), entry(3, "/cmd 3", "ok"));
    }

    @Test
    void aMissingDetailIsStoredAsEmpty() {
        log.record(new AuditEntry(T0, "op-zh", "sim", "/help", "ok", null));

        assertThat(log.recent(1)).singleElement().extracting(AuditEntry::detail).isEqualTo("");
    }
}
