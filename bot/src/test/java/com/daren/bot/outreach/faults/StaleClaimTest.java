package com.daren.bot.outreach.faults;

import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentState;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.StepOutcome;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dispatcher that stalls (GC pause, a Redis connection down for longer than the lease) after claiming a step: its
 * lease ends, recovery finds no SENDING mark and puts the step back, another dispatcher claims it, and only then does
 * the stalled one wake up and start sending. The fresh claim must not send the step a second time.
 *
 * <p>The claims go through the real {@link DueQueue} on a queue of this test's own (the running timer serves only
 * its registered queues), so the timer cannot take the step; the dispatcher, channel, Redis and fake WeChat are the
 * app's.
 */
class StaleClaimTest extends FaultsTestSupport {

    private static final String QUEUE = "faults-stale";

    @Autowired
    DueQueue queue;

    @Autowired
    OutreachDispatcher dispatcher;

    @Test
    void aStalledClaimSendingAfterItsLeaseEndedAndAFreshClaimOfTheSameStepSendOnceNotTwice() throws Exception {
        String owner = owner();
        Influencer lily = influencers(1, "stale", owner).get(0);
        Enrollment e = enrol(List.of(lily), owner, Instant.now().plus(Duration.ofDays(1))).get(0); // the timer waits
        String item = EnrollmentStore.itemId(e.id(), 0);
        Instant t0 = Instant.now();
        queue.schedule(QUEUE, item, t0);

        Claim stalled = queue.claim(QUEUE, t0, 10, Duration.ofSeconds(1)).get(0);
        // One lease later: recovery takes the item back; no SENDING mark yet, so it goes back to the queue.
        Claim recovered = queue.expired(QUEUE, t0.plusSeconds(2), 10, Duration.ofSeconds(10)).get(0);
        dispatcher.recover(recovered);
        // The stalled dispatcher wakes up and sends (slowly: WeChat answers after 2 s).
        WECHAT.delayNext(1, Duration.ofSeconds(2));
        CompletableFuture<Void> stalledSends = CompletableFuture.runAsync(() -> dispatcher.handle(stalled));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                FaultsSetup.firstStep(enrollments, e.id()).orElse(null) == StepOutcome.SENDING);
        // Meanwhile the step is due again (recovery spread it over ≤ 1 s) and another dispatcher claims it.
        List<Claim> fresh = queue.claim(QUEUE, t0.plusSeconds(5), 10, Duration.ofSeconds(10));
        assertThat(fresh).extracting(Claim::id).containsExactly(item);

        dispatcher.handle(fresh.get(0));
        stalledSends.get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> FaultsSetup.massSendsTo(lily.wecomExternalUserId()) >= 1);
        Thread.sleep(500); // a second send would have been recorded by now

        assertThat(FaultsSetup.massSendsTo(lily.wecomExternalUserId())).as("2 claims of one step, 1 send").isEqualTo(1);
        Enrollment after = enrollments.get(e.id()).orElseThrow();
        assertThat(after.stepRecord(0).outcome()).as("surfaced, not repeated").isEqualTo(StepOutcome.UNKNOWN);
        assertThat(after.state()).isEqualTo(EnrollmentState.PAUSED);
        await().atMost(Duration.ofSeconds(5)).until(() -> FaultsSetup.alertsTo(owner).size() == 1);
        assertThat(FaultsSetup.alertsTo(owner).get(0)).contains("无法确定是否已送达");
    }
}
