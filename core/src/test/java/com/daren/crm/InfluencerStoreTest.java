package com.daren.crm;

import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(EmbeddedRedisExtension.class)
class InfluencerStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private InfluencerStore store;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        store = new InfluencerStore(redis, clock);
    }

    private static NewInfluencer draft(String name, Platform platform, String handle, long followers) {
        return new NewInfluencer(name, platform, handle, followers, List.of("美妆", "护肤"), "op-zh");
    }

    @Test
    void anAddedInfluencerIsReadBackByIdAsAProspect() {
        Influencer added = store.add(draft("Lily", Platform.XIAOHONGSHU, "@Lily_Chen", 12_000));

        assertThat(added.handle()).isEqualTo("Lily_Chen");
        assertThat(added.status()).isEqualTo(PipelineStatus.PROSPECT);
        assertThat(added.createdAt()).isEqualTo(T0);
        assertThat(store.get(added.id())).contains(added);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(store.get("42")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lily_Chen", "@Lily_Chen", "＠Lily_Chen", "lily_chen", "@LILY_CHEN", " lily_chen "})
    void findByHandleIgnoresTheAtSignAndCase(String asked) {
        Influencer added = store.add(draft("Lily", Platform.XIAOHONGSHU, "Lily_Chen", 12_000));

        assertThat(store.findByHandle(asked)).containsExactly(added);
    }

    @Test
    void anUnknownHandleFindsNobody() {
        store.add(draft("Lily", Platform.XIAOHONGSHU, "lily", 12_000));

        assertThat(store.findByHandle("lilian")).isEmpty();
    }

    @Test
    void theSamePlatformAndHandleIsRefusedWithTheExistingIdAndNothingChanges() {
        Influencer first = store.add(draft("Lily", Platform.XIAOHONGSHU, "lily", 12_000));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> store.add(draft("Lily again", Platform.XIAOHONGSHU, "@LILY", 99_000)))
                .isInstanceOfSatisfying(DuplicateInfluencerException.class,
                        e -> assertThat(e.existingId()).isEqualTo(first.id()));

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.findByHandle("lily")).containsExactly(first);
        assertThat(store.newest(0, 10)).containsExactly(first);
        assertThat(store.get(first.id())).contains(first);
    }

    @Test
    void theSameHandleOnTwoPlatformsIsTwoInfluencers() {
        Influencer onDouyin = store.add(draft("Lily", Platform.DOUYIN, "lily", 300_000));
        Influencer onXhs = store.add(draft("Lily", Platform.XIAOHONGSHU, "Lily", 12_000));

        assertThat(onDouyin.id()).isNotEqualTo(onXhs.id());
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.findByHandle("@lily")).containsExactly(onXhs, onDouyin);
    }

    @Test
    void newestComesFirstAndPagesByOffset() {
        Influencer a = store.add(draft("A", Platform.XIAOHONGSHU, "a", 1));
        clock.advance(Duration.ofSeconds(1));
        Influencer b = store.add(draft("B", Platform.XIAOHONGSHU, "b", 1));
        clock.advance(Duration.ofSeconds(1));
        Influencer c = store.add(draft("C", Platform.XIAOHONGSHU, "c", 1));

        assertThat(store.newest(0, 10)).containsExactly(c, b, a);
        assertThat(store.newest(1, 1)).containsExactly(b);
        assertThat(store.newest(3, 10)).isEmpty();
    }

    @Test
    void anEmptyStoreHasNobody() {
        assertThat(store.count()).isZero();
        assertThat(store.newest(0, 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0} followers is {1}")
    @CsvSource({"999, NANO", "1000, MICRO", "9999, MICRO", "10000, MID", "100000, MACRO", "500000, MEGA"})
    void tierIsDerivedFromTheStoredFollowers(long followers, Tier tier) {
        Influencer added = store.add(draft("Lily", Platform.WEIBO, "lily", followers));

        assertThat(store.get(added.id())).get().extracting(Influencer::tier).isEqualTo(tier);
    }
}
