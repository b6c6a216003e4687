package com.daren.timer;

import com.daren.store.RedisKeys;
import com.daren.store.VersionedWrite;
import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable timer's contract, on a real Redis: due items are taken once, leases expire, claims are exclusive. */
@ExtendWith(EmbeddedRedisExtension.class)
class DueQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-25T01:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private DueQueue queue;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        queue = new DueQueue(redis);
    }

    @Test
    void onlyItemsThatAreDueAreClaimed() {
        queue.schedule("q", "early", T0.minusSeconds(10));
        queue.schedule("q", "now", T0);
        queue.schedule("q", "later", T0.plusSeconds(1));

        List<Claim> claims = queue.claim("q", T0, 100, LEASE);

        assertThat(claims).extracting(Claim::id).containsExactly("early", "now");
        assertThat(claims.get(0).due()).isEqualTo(T0.minusSeconds(10));
        assertThat(queue.waiting("q")).isEqualTo(1);
        assertThat(queue.leased("q")).isEqualTo(2);
    }

    @Test
    void aClaimCompletedInsideAVersionedWriteEndsOnlyIfThatWriteHappens(StringRedisTemplate redis) {
        queue.schedule("q", "a", T0);
        queue.schedule("q", "b", T0);
        List<Claim> claims = queue.claim("q", T0, 10, LEASE);
        String version = VersionedWrite.newVersion();
        VersionedWrite written = VersionedWrite.of(RedisKeys.enrollment("1"), "r", null, version);
        queue.completeWith(claims.get(0), written);
        assertThat(written.execute(redis).outcome()).isEqualTo(VersionedWrite.Outcome.WRITTEN);
        VersionedWrite refused = VersionedWrite.of(RedisKeys.enrollment("1"), "r", "not-the-version",
                VersionedWrite.newVersion());
        queue.completeWith(claims.get(1), refused);
        assertThat(refused.execute(redis).outcome()).isEqualTo(VersionedWrite.Outcome.CONFLICT);

        assertThat(queue.leased("q")).as("only the claim whose write happened is done").isEqualTo(1);
        assertThat(queue.complete(claims.get(0))).as("already completed").isFalse();
        assertThat(queue.complete(claims.get(1))).isTrue();
    }

    @Test
    void aClaimWhoseLeaseWasTakenOverIsNotCompletedByTheOldHoldersWrite(StringRedisTemplate redis) {
        queue.schedule("q", "a", T0);
        Claim stale = queue.claim("q", T0, 10, LEASE).get(0);
        Claim current = queue.expired("q", T0.plus(LEASE).plusSeconds(1), 10, LEASE).get(0);
        VersionedWrite write = VersionedWrite.of(RedisKeys.enrollment("2"), "r", null,
                VersionedWrite.newVersion());
        queue.completeWith(stale, write);
        write.execute(redis);

        assertThat(queue.leased("q")).isEqualTo(1);
        assertThat(queue.complete(current)).as("the new holder still holds it").isTrue();
    }

    @Test
    void aClaimedItemIsNotClaimedAgainWhileItsLeaseRuns() {
        queue.schedule("q", "a", T0);
        assertThat(queue.claim("q", T0, 10, LEASE)).hasSize(1);
        assertThat(queue.claim("q", T0.plusSeconds(60), 10, LEASE)).isEmpty();
        assertThat(queue.expired("q", T0.plusSeconds(60), 10, LEASE)).isEmpty();
    }

    @Test
    void anItemWhoseDispatcherDiedComesBackAfterTheLeaseWithItsOriginalDueTime() {
        queue.schedule("q", "a", T0);
        Claim lost = queue.claim("q", T0, 10, LEASE).get(0);

        List<Claim> recovered = queue.expired("q", T0.plus(LEASE).plusSeconds(1), 10, LEASE);

        assertThat(recovered).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("a");
            assertThat(c.due()).isEqualTo(T0);
            assertThat(c.token()).isNotEqualTo(lost.token());
        });
        assertThat(queue.complete(lost)).as("the dead dispatcher's token no longer counts").isFalse();
        assertThat(queue.complete(recovered.get(0))).isTrue();
        assertThat(queue.leased("q")).isZero();
    }

    @Test
    void anItemWhoseIdContainsTheSeparatorIsRecoveredWithItsDueTime() {
        // Ids come from the features (group and chat ids among them); the claim record is "token|due", and the
        // token embeds the id, so the due time is what follows the last separator.
        queue.schedule("q", "wr|chat|7", T0);
        queue.claim("q", T0, 10, LEASE);

        List<Claim> recovered = queue.expired("q", T0.plus(LEASE).plusSeconds(1), 10, LEASE);

        assertThat(recovered).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("wr|chat|7");
            assertThat(c.due()).isEqualTo(T0);
        });
        assertThat(queue.complete(recovered.get(0))).isTrue();
    }

    @Test
    void releasingPutsTheItemBackForLater() {
        queue.schedule("q", "a", T0);
        Claim claim = queue.claim("q", T0, 10, LEASE).get(0);

        assertThat(queue.release(claim, T0.plusSeconds(3600))).isTrue();

        assertThat(queue.dueAt("q", "a")).contains(T0.plusSeconds(3600));
        assertThat(queue.claim("q", T0.plusSeconds(10), 10, LEASE)).isEmpty();
        assertThat(queue.release(claim, T0)).as("a settled claim cannot be settled twice").isFalse();
    }

    @Test
    void aClaimWhoseReplyWasLostLeavesItsItemsToRecoveryNotToASecondClaim() {
        queue.schedule("q", "a", T0);
        queue.claim("q", T0, 10, LEASE); // the reply never reached the dispatcher

        assertThat(queue.claim("q", T0, 10, LEASE)).as("replayed claim takes nothing").isEmpty();
        assertThat(queue.expired("q", T0.plus(LEASE).plusMillis(1), 10, LEASE)).extracting(Claim::id).containsExactly("a");
    }

    @Test
    void twoDispatchersRacingOverTheSameThousandItemsNeverShareOne() throws Exception {
        for (int i = 0; i < 1000; i++) {
            queue.schedule("q", "item-" + i, T0.minusMillis(i));
        }
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        for (int d = 0; d < 2; d++) {
            pool.submit(() -> {
                start.await();
                List<Claim> batch;
                while (!(batch = queue.claim("q", T0, 7, LEASE)).isEmpty()) {
                    batch.forEach(c -> taken.add(c.id()));
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        Set<String> distinct = new HashSet<>(taken);
        assertThat(taken).as("1000 claimed, none twice").hasSize(1000);
        assertThat(distinct).hasSize(1000);
    }

    @Test
    void cancelledItemsAreNotClaimed() {
        queue.schedule("q", "a", T0);
        assertThat(queue.cancel("q", "a")).isTrue();
        assertThat(queue.claim("q", T0, 10, LEASE)).isEmpty();
    }
}
