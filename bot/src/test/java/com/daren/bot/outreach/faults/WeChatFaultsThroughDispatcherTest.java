package com.daren.bot.outreach.faults;

import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentState;
import com.daren.outreach.StepOutcome;
import com.daren.outreach.StepRecord;
import com.daren.testkit.RecordedSend;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.daren.bot.outreach.faults.FaultsSetup.ADD_MSG_TEMPLATE;
import static com.daren.bot.outreach.faults.FaultsSetup.alertsTo;
import static com.daren.bot.outreach.faults.FaultsSetup.massSendsPerCustomer;
import static com.daren.bot.outreach.faults.FaultsSetup.massSendsTo;
import static com.daren.bot.outreach.faults.FaultsSetup.massSendsToAny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What WeChat answers, through the whole dispatcher: the real timer claims each step, the WeCom external-contact
 * channel calls the fake API over HTTP with WxJava, and the outcome lands in the enrolment in Redis. Influencers are
 * linked with {@code wecom=} external ids and owned by an operator, who gets the alerts.
 */
class WeChatFaultsThroughDispatcherTest extends FaultsTestSupport {

    @Test
    void throttled45009TwiceThenOkTenStepsEachSentOnceAfterBackoffThirtyAttempts() {
        String owner = owner();
        List<Influencer> ten = influencers(10, "thr", owner);
        WECHAT.failNext(20, 45009, "api freq out of limit");
        Instant due = Instant.now().plusSeconds(2); // all in one tick, so each step meets two of the twenty refusals
        List<Enrollment> enrolled = enrol(ten, owner, due);

        await().atMost(Duration.ofSeconds(30)).until(() -> firstSteps(enrolled).values().stream()
                .filter(o -> o == StepOutcome.AWAITING_CONFIRMATION).count() == 10);

        assertThat(massSendsToAny(ten)).as("10 tasks created, one per step").isEqualTo(10);
        ten.forEach(i -> assertThat(massSendsTo(i.wecomExternalUserId())).as(i.handle() + " sent once").isEqualTo(1));
        assertThat(WECHAT.attempts()).as("10 × (2 refusals + 1 success) = 30 add_msg_template calls").isEqualTo(30);
        for (RecordedSend s : WECHAT.sent()) {
            assertThat(s.path()).isEqualTo(ADD_MSG_TEMPLATE);
            assertThat(Duration.between(due, s.at())).as("sent only after backing off 1 s, then 2 s")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
        for (Enrollment e : enrolled) {
            Enrollment now = enrollments.get(e.id()).orElseThrow();
            assertThat(now.state()).isEqualTo(EnrollmentState.ACTIVE);
            assertThat(now.step()).as("moved on to the final action (a day later)").isEqualTo(1);
        }
        assertThat(alertsTo(owner)).as("a retried throttle bothers nobody").isEmpty();
        // Further ticks send nothing more.
        sleepTicks(1);
        assertThat(massSendsToAny(ten)).isEqualTo(10);
    }

    @Test
    void expiredTokenIsRefreshedByWxJavaAndEachOfFiveStepsGoesOnce() {
        String owner = owner();
        WECHAT.expireAllTokens(); // the one WxJava holds in Redis now answers 42001
        List<Influencer> five = influencers(5, "tok", owner);

        List<Enrollment> enrolled = enrol(five, owner, Instant.now());

        await().atMost(Duration.ofSeconds(20)).until(() -> firstSteps(enrolled).values().stream()
                .filter(o -> o == StepOutcome.AWAITING_CONFIRMATION).count() == 5);
        assertThat(WECHAT.tokenRequests(com.daren.testkit.FakeWeChatServer.WECOM)).as("a new token was fetched")
                .isGreaterThanOrEqualTo(1);
        five.forEach(i -> assertThat(massSendsTo(i.wecomExternalUserId())).as(i.handle() + " sent once").isEqualTo(1));
        assertThat(WECHAT.attempts()).as("5 sends, each at most once with the expired token (42001) and once more")
                .isBetween(6, 10);
        sleepTicks(1);
        assertThat(massSendsToAny(five)).isEqualTo(5);
    }

    @Test
    void http502IsRetriedAfterBackoffAndTheStepGoesOnceInTwoAttempts() {
        String owner = owner();
        Influencer lily = influencers(1, "bad", owner).get(0);
        WECHAT.failNextWithHttpStatus(1, 502);

        Enrollment e = enrol(List.of(lily), owner, Instant.now()).get(0);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                FaultsSetup.firstStep(enrollments, e.id()).orElse(null) == StepOutcome.AWAITING_CONFIRMATION);
        assertThat(WECHAT.attempts()).as("the 502, then the send that worked").isEqualTo(2);
        assertThat(massSendsTo(lily.wecomExternalUserId())).isEqualTo(1);
        sleepTicks(1);
        assertThat(massSendsPerCustomer()).containsExactlyEntriesOf(Map.of(lily.wecomExternalUserId(), 1L));
    }

    @Test
    void noAnswerWithinTheHttpTimeoutIsUnknownPausedAlertedAndNeverSentAgainOneAttempt() {
        String owner = owner();
        Influencer lily = influencers(1, "slow", owner).get(0);
        WECHAT.delayNext(1, Duration.ofSeconds(7)); // WxJava gives up after 5 s; the fake still creates the task

        Enrollment e = enrol(List.of(lily), owner, Instant.now()).get(0);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                FaultsSetup.firstStep(enrollments, e.id()).orElse(null) == StepOutcome.UNKNOWN);
        Enrollment after = enrollments.get(e.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(EnrollmentState.PAUSED);
        assertThat(after.reason()).isEqualTo("outcome unknown");
        StepRecord record = after.stepRecord(0);
        assertThat(record.detail()).contains("SocketTimeoutException");
        await().atMost(Duration.ofSeconds(10)).until(() -> !alertsTo(owner).isEmpty());
        assertThat(alertsTo(owner)).singleElement().asString().contains("无法确定是否送达");
        // The request did reach WeChat (as it may in real life): one task, never a second.
        await().atMost(Duration.ofSeconds(10)).until(() -> massSendsTo(lily.wecomExternalUserId()) == 1);

        sleepTicks(2);
        long addMsgAttempts = WECHAT.attempts() - alertsTo(owner).size();
        assertThat(addMsgAttempts).as("1 add_msg_template attempt, none after further ticks").isEqualTo(1);
        assertThat(massSendsTo(lily.wecomExternalUserId())).isEqualTo(1);
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.PAUSED);
    }

    /** Lets the timer run a few more ticks (a negative check: nothing more may happen). */
    private static void sleepTicks(int ticks) {
        try {
            Thread.sleep(ticks * 1_000L + 300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
