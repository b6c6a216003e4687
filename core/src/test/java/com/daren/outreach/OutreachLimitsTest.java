package com.daren.outreach;

import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limit and sender cap, on a real Redis. */
@ExtendWith(EmbeddedRedisExtension.class)
class OutreachLimitsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00.250Z");

    private OutreachLimits limits;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        limits = new OutreachLimits(redis, new OutreachSettings(Duration.ofDays(2),
                Duration.ofMinutes(30), Duration.ZERO, 3, 1000, 5, Duration.ofSeconds(30)));
    }

    @Test
    void aBurstOfTenAtThreePerSecondGoesThreeNowAndFillsTheNextSecondsInOrder() {
        Map<Long, Integer> perSecond = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            long second = limits.acquire("op", T0).map(Instant::getEpochSecond).orElse(T0.getEpochSecond());
            perSecond.merge(second - T0.getEpochSecond(), 1, Integer::sum);
        }
        assertThat(perSecond).containsExactly(Map.entry(0L, 3), Map.entry(1L, 3), Map.entry(2L, 3), Map.entry(3L, 1));
    }

    @Test
    void deferredSendsComingBackAtTheirSecondAllGoAndLaterOverflowQueuesBehindThem() {
        List<Instant> deferred = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            limits.acquire("op", T0).ifPresent(deferred::add);
        }
        assertThat(deferred).hasSize(3).allMatch(t -> t.equals(T0.plusSeconds(1).minusMillis(250)));
        Instant next = deferred.get(0);
        assertThat(deferred.stream().map(t -> limits.acquire("op", t))).as("their reserved second has room for all three")
                .allMatch(Optional::isEmpty);
        assertThat(limits.acquire("op", next)).as("a fourth in that second waits for the first second with room")
                .contains(next.plusSeconds(1));
    }

    @Test
    void theSendersDailyCapHoldsTheStepUntilTheNextDayInShanghai(StringRedisTemplate redis) {
        OutreachLimits capped = new OutreachLimits(redis, new OutreachSettings(Duration.ofDays(2),
                Duration.ofMinutes(30), Duration.ZERO, 100, 2, 5, Duration.ofSeconds(30)));
        assertThat(capped.acquire("op", T0)).isEmpty();
        assertThat(capped.acquire("op", T0)).isEmpty();
        assertThat(capped.acquire("op", T0)).contains(Instant.parse("2026-11-25T16:00:00Z"));
        assertThat(capped.acquire("other", T0)).as("the cap is per sender").isEmpty();
    }
}
