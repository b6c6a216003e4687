package com.daren.outreach;

import com.daren.store.RedisKeys;
import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Enrolments' indexes on a real Redis: one running enrolment per influencer, and the latest one for /seq status. */
@ExtendWith(EmbeddedRedisExtension.class)
class EnrollmentStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private StringRedisTemplate redis;
    private EnrollmentStore store;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        this.redis = redis;
        store = new EnrollmentStore(redis);
    }

    private Enrollment start(String influencer) {
        return store.start(Enrollment.start(store.nextId(), influencer, "first-contact", "op", T0), T0);
    }

    @Test
    void aRunningEnrolmentIsTheLatestWithoutAnEntryOfItsOwnInTheLatestIndex() {
        Enrollment running = start("7");

        assertThat(store.latestFor("7")).map(Enrollment::id).contains(running.id());
        assertThat(redis.opsForHash().hasKey(RedisKeys.latestEnrollments(), "7")).as("no second copy per pending step")
                .isFalse();
    }

    @Test
    void anEndedEnrolmentStaysTheLatestUntilTheNextOneStarts() {
        Enrollment first = start("7");
        assertThat(store.save(first, first.stop("operator stopped it"), T0, w -> { })).isPresent();

        assertThat(store.activeFor("7")).isEmpty();
        assertThat(store.latestFor("7")).map(Enrollment::id).contains(first.id());

        Enrollment second = start("7");
        assertThat(store.latestFor("7")).map(Enrollment::id).contains(second.id());
        assertThat(store.latestFor("8")).isEmpty();
    }
}
