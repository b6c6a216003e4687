package com.daren.outreach;

import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import com.daren.template.MessageTemplates;
import com.daren.testing.EmbeddedRedisExtension;
import com.daren.testkit.SettableClock;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outreach reliability contract on real Redis, with time moved by hand: at most one send per (enrolment,
 * step), and no step silently lost, whatever point the dispatcher dies at.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class OutreachDispatcherTest {

    /** Tuesday 10:00 in Shanghai: inside the default window. */
    private static final Instant TUESDAY_10AM = Instant.parse("2026-11-24T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SettableClock clock = new SettableClock(TUESDAY_10AM);
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> alerts = Collections.synchronizedList(new ArrayList<>());
    private Function<Influencer, DeliveryResult> channel = i -> new DeliveryResult.Sent("sim");

    private StringRedisTemplate redis;
    private InfluencerStore influencers;
    private EnrollmentStore enrollments;
    private DueQueue queue;
    private SequenceDefinition sequence;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        this.redis = redis;
        influencers = new InfluencerStore(redis, clock);
        enrollments = new EnrollmentStore(redis);
        queue = new DueQueue(redis);
        sequence = new SequenceDefinition("first-contact", "test", List.of(
                step(0, "intro", Duration.ZERO), step(1, "follow-up", Duration.ofDays(3)), step(2, "last-call", Duration.ofDays(4))),
                SendWindow.DEFAULT, Duration.ofDays(7), SequenceDefinition.FinalAction.MARK_UNRESPONSIVE, "test");
    }

    private static StepDefinition step(int index, String name, Duration delay) {
        return new StepDefinition(index, name, delay, null, StepChannel.PRIMARY, "outreach/" + name, List.of(), false,
                StepDefinition.Fallback.WAIT);
    }

    private OutreachDispatcher dispatcher() {
        return dispatcher(OutreachSettings.DEFAULTS);
    }

    private OutreachDispatcher dispatcher(OutreachSettings settings) {
        SequenceCatalog catalog = new SequenceCatalog() {
            @Override
            public Optional<SequenceDefinition> find(String name) {
                return Optional.of(sequence).filter(s -> s.name().equals(name));
            }

            @Override
            public List<SequenceDefinition> all() {
                return List.of(sequence);
            }
        };
        OutreachDelivery delivery = (influencer, wanted, fallback, text) -> {
            DeliveryResult result = channel.apply(influencer);
            if (result instanceof DeliveryResult.Sent || result instanceof DeliveryResult.Unknown) {
                sent.add(influencer.handle() + ":" + text);
            }
            return result;
        };
        MessageTemplates templates = MessageTemplates.fromStrings(Map.of(
                "outreach/intro.ftl", "intro ${name}", "outreach/follow-up.ftl", "follow-up ${name}",
                "outreach/last-call.ftl", "last-call ${name}",
                "seq/alert-interrupted.ftl", "@${handle} 第 ${step} 步发送时服务中断，无法确定是否已送达",
                "seq/alert-overdue.ftl", "@${handle} 第 ${step} 步停机期间已过期太久",
                "seq/alert-timeout.ftl", "@${handle} 第 ${step} 步发送超时",
                "seq/alert-failed.ftl", "@${handle} 第 ${step} 步失败：${reason}",
                "seq/alert-missing-sequence.ftl", "序列 ${sequence} 已不存在",
                "seq/alert-concurrent.ftl", "@${handle} 第 ${step} 步可能正由另一个实例发送"));
        return new OutreachDispatcher(enrollments, influencers, catalog, delivery, templates,
                (op, text) -> alerts.add(op + ":" + text), queue, new OutreachLimits(redis, settings), settings, clock);
    }

    private Enrollment enrol(String handle) {
        Influencer i = influencers.create(Influencer.builder(Platform.XIAOHONGSHU, handle).followers(5000)
                .simulatorId(handle).owner("op").build(), "op");
        return enrollments.start(Enrollment.start(enrollments.nextId(), i.id(), "first-contact", "op", clock.instant()),
                clock.instant());
    }

    /** One timer tick the way the runner does it: claim what is due, run it. */
    private int tick(OutreachDispatcher d) {
        List<Claim> claims = queue.claim(EnrollmentStore.QUEUE, clock.instant(), 1000, LEASE);
        claims.forEach(d::handle);
        queue.expired(EnrollmentStore.QUEUE, clock.instant(), 1000, LEASE).forEach(d::recover);
        return claims.size();
    }

    private long sendsTo(String handle) {
        return sent.stream().filter(s -> s.startsWith(handle + ":")).count();
    }

    @Test
    void theDefaultSequenceRunsDay0Day3Day7AndMarksUnresponsiveOnDay14() {
        OutreachDispatcher d = dispatcher();
        Enrollment e = enrol("lily");

        tick(d);
        assertThat(sent).containsExactly("lily:intro lily");
        assertThat(influencers.get(e.influencerId()).orElseThrow().status()).isEqualTo(PipelineStatus.CONTACTED);

        clock.advance(Duration.ofDays(3));
        tick(d);
        clock.advance(Duration.ofDays(4));
        tick(d);
        assertThat(sent).containsExactly("lily:intro lily", "lily:follow-up lily", "lily:last-call lily");

        clock.advance(Duration.ofDays(6));
        tick(d);
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.ACTIVE);
        clock.advance(Duration.ofDays(1));
        tick(d);
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.COMPLETED);
        assertThat(influencers.get(e.influencerId()).orElseThrow().status()).isEqualTo(PipelineStatus.UNRESPONSIVE);
        assertThat(enrollments.stats("first-contact")).containsEntry("sent:0", 1L).containsEntry("sent:2", 1L)
                .containsEntry("unresponsive", 1L);
    }

    @Test
    void nothingGoesOutAtNightTheStepWaitsForTheWindow() {
        clock.set(Instant.parse("2026-11-24T15:00:00Z")); // 23:00 in Shanghai
        OutreachDispatcher d = dispatcher();
        Enrollment e = enrol("night");

        tick(d);
        assertThat(sent).isEmpty();
        Instant next = queue.dueAt(EnrollmentStore.QUEUE, EnrollmentStore.itemId(e.id(), 0)).orElseThrow();
        assertThat(next.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(9, 31));

        clock.set(next);
        tick(d);
        assertThat(sendsTo("night")).isEqualTo(1);
    }

    @Test
    void aBatchReadUpFrontSendsEachStepOnceAndAStopMadeAfterTheReadStillWins() {
        Enrollment a = enrol("ba");
        Enrollment b = enrol("bb");
        Enrollment c = enrol("bc");
        OutreachDispatcher d = dispatcher();
        List<Claim> claimed = queue.claim(EnrollmentStore.QUEUE, clock.instant(), 10, LEASE);
        List<Runnable> tasks = d.tasks(claimed);   // enrolments and influencers read here, for the whole batch
        assertThat(enrollments.save(b, b.stop("replied"), clock.instant(), w -> { })).isPresent();

        tasks.forEach(Runnable::run);
        clock.advance(Duration.ofSeconds(1));
        tick(d);

        assertThat(sendsTo("ba")).isEqualTo(1);
        assertThat(sendsTo("bb")).as("stopped after the batch was read: its SENDING mark is refused").isZero();
        assertThat(sendsTo("bc")).isEqualTo(1);
        assertThat(enrollments.get(a.id()).orElseThrow().step()).isEqualTo(1);
        assertThat(enrollments.get(c.id()).orElseThrow().stepRecord(0).outcome()).isEqualTo(StepOutcome.SENT);
        assertThat(queue.leased(EnrollmentStore.QUEUE)).as("every claim settled").isZero();
    }

    @Test
    void killedBeforeClaimingNothingIsLostTheNextTickSendsOnce() {
        enrol("a");
        // the dispatcher died before it claimed anything: the item simply waits
        tick(dispatcher());
        assertThat(sendsTo("a")).isEqualTo(1);
    }

    @Test
    void killedAfterClaimingBeforeSendingTheStepIsRecoveredAfterTheLeaseAndSentOnce() {
        Enrollment e = enrol("b");
        List<Claim> claimed = queue.claim(EnrollmentStore.QUEUE, clock.instant(), 10, LEASE); // then the process died
        assertThat(claimed).hasSize(1);

        OutreachDispatcher survivor = dispatcher(new OutreachSettings(Duration.ofDays(2), Duration.ofMillis(1),
                Duration.ZERO, 20, 200, 5, Duration.ofSeconds(30)));
        tick(survivor);
        assertThat(sendsTo("b")).as("still leased to the dead dispatcher").isZero();

        clock.advance(LEASE.plusSeconds(1));
        tick(survivor);   // recovery puts it back (spread by ≤ 1 ms)
        clock.advance(Duration.ofSeconds(1));
        tick(survivor);
        assertThat(sendsTo("b")).as("sent exactly once after recovery").isEqualTo(1);
        assertThat(enrollments.get(e.id()).orElseThrow().stepRecord(0).outcome()).isEqualTo(StepOutcome.SENT);
    }

    @Test
    void killedAfterSendingBeforeCommittingTheStepIsFlaggedUnknownAndNeverResent() {
        Enrollment e = enrol("c");
        channel = i -> {
            sent.add(i.handle() + ":left the building");
            throw new SimulatedCrash();
        };
        OutreachDispatcher dying = dispatcher();
        try {
            tick(dying);
        } catch (SimulatedCrash expected) {
            // the process dies here
        }
        channel = i -> new DeliveryResult.Sent("sim");
        clock.advance(LEASE.plusSeconds(1));
        tick(dispatcher());
        clock.advance(Duration.ofDays(30));
        tick(dispatcher());

        assertThat(sendsTo("c")).as("1 send, 0 re-sends").isEqualTo(1);
        Enrollment after = enrollments.get(e.id()).orElseThrow();
        assertThat(after.stepRecord(0).outcome()).isEqualTo(StepOutcome.UNKNOWN);
        assertThat(after.state()).isEqualTo(EnrollmentState.PAUSED);
        assertThat(alerts).anyMatch(a -> a.startsWith("op:") && a.contains("无法确定是否已送达"));
    }

    @Test
    void aTimeoutAfterTheRequestLeftIsUnknownNotRetried() {
        Enrollment e = enrol("d");
        channel = i -> new DeliveryResult.Unknown("read timed out");
        tick(dispatcher());
        clock.advance(Duration.ofDays(10));
        tick(dispatcher());
        assertThat(sendsTo("d")).isEqualTo(1);
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.PAUSED);
    }

    @Test
    void definiteFailuresAreRetriedWithBackoffThenSucceedOnce() {
        Enrollment e = enrol("f");
        AtomicInteger calls = new AtomicInteger();
        channel = i -> calls.incrementAndGet() <= 2 ? new DeliveryResult.Failed("45009 api freq out of limit", true)
                : new DeliveryResult.Sent("sim");
        OutreachDispatcher d = dispatcher();
        tick(d);
        assertThat(queue.dueAt(EnrollmentStore.QUEUE, EnrollmentStore.itemId(e.id(), 0)))
                .contains(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        tick(d);
        assertThat(queue.dueAt(EnrollmentStore.QUEUE, EnrollmentStore.itemId(e.id(), 0)))
                .as("backoff doubles").contains(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        tick(d);
        assertThat(calls).hasValue(3);
        assertThat(sendsTo("f")).isEqualTo(1);
        assertThat(enrollments.get(e.id()).orElseThrow().step()).isEqualTo(1);
    }

    @Test
    void aStepDueLongBeforeARestartIsFlaggedNotSentLate() {
        Enrollment e = enrol("old");
        clock.advance(Duration.ofDays(5)); // the service was down for five days
        tick(dispatcher());
        assertThat(sendsTo("old")).isZero();
        assertThat(enrollments.get(e.id()).orElseThrow().stepRecord(0).outcome()).isEqualTo(StepOutcome.OVERDUE);
        assertThat(alerts).anyMatch(a -> a.contains("过期太久"));
    }

    @Test
    void theGlobalRateLimitSpreadsABurstInsteadOfSendingItAtOnce() {
        for (int i = 0; i < 50; i++) {
            enrol("r" + i);
        }
        OutreachDispatcher d = dispatcher(new OutreachSettings(Duration.ofDays(2), Duration.ofMinutes(30),
                Duration.ZERO, 20, 200, 5, Duration.ofSeconds(30)));
        tick(d);
        assertThat(sent).as("20 per second").hasSize(20);
        clock.advance(Duration.ofSeconds(1));
        tick(d);
        clock.advance(Duration.ofSeconds(1));
        tick(d);
        clock.advance(Duration.ofSeconds(1));
        tick(d);
        assertThat(sent).as("all 50, none twice").hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void twoDispatchersRacingOverTheSameDueSetSendEachStepOnce() throws Exception {
        int n = 300;
        for (int i = 0; i < n; i++) {
            enrol("x" + i);
        }
        OutreachSettings roomy = new OutreachSettings(Duration.ofDays(2), Duration.ofMinutes(30), Duration.ZERO,
                10_000, 10_000, 5, Duration.ofSeconds(30));
        OutreachDispatcher first = dispatcher(roomy);
        OutreachDispatcher second = dispatcher(roomy);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        for (OutreachDispatcher d : List.of(first, second)) {
            pool.submit(() -> {
                go.await();
                List<Claim> batch;
                while (!(batch = queue.claim(EnrollmentStore.QUEUE, clock.instant(), 7, LEASE)).isEmpty()) {
                    batch.forEach(d::handle);
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Long> perInfluencer = new HashMap<>();
        sent.forEach(s -> perInfluencer.merge(s.substring(0, s.indexOf(':')), 1L, Long::sum));
        assertThat(perInfluencer).as(n + " influencers, each sent exactly 1").hasSize(n).allSatisfy((k, v) -> assertThat(v).isEqualTo(1L));
    }

    @Test
    void anOptedOutInfluencerIsNeverMessagedAgain() {
        Enrollment e = enrol("no");
        influencers.update(e.influencerId(), "no", "opted out", i -> i.toBuilder().status(PipelineStatus.OPTED_OUT).build());
        tick(dispatcher());
        assertThat(sendsTo("no")).isZero();
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.OPTED_OUT);
    }

    /** Stands for the process dying (an Error, so nothing on the way catches it). */
    static final class SimulatedCrash extends Error {
    }
}
