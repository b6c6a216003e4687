package com.daren.bot.wecom.external;

import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.timer.Claim;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Following a mass-send task with the real timer: confirmed, refused, waiting (reminders), given up. */
class ExternalTaskPollerTest extends ExternalContactTestSupport {

    @Autowired
    ExternalTaskPoller poller;

    @Autowired
    EnrollmentStore enrollments;

    @Test
    void taskTheEmployeeConfirmedIsMarkedSentAndNobodyIsBothered() {
        String owner = employee();
        String msgId = createTask(influencer(owner));
        WECHAT.confirmTask(msgId);

        ExternalTask polled = pollNow(msgId);

        assertThat(polled.status()).isEqualTo(ExternalTask.Status.SENT);
        assertThat(queue.dueAt(ExternalTaskStore.QUEUE, msgId)).isEmpty();
        assertThat(alertsTo(owner)).isEmpty();
        assertThat(redis.getExpire(com.daren.store.RedisKeys.weComExternalTask(msgId))).isPositive();
    }

    @Test
    void unconfirmedTaskRemindsTheOwnerOnceAnIntervalAndKeepsPolling() {
        String owner = employee();
        Influencer lily = influencer(owner);
        Instant now = Instant.now();
        enrollments.start(Enrollment.start(enrollments.nextId(), lily.id(), "kol-intro", owner, now),
                now.plus(Duration.ofDays(30)));
        String msgId = createTask(lily);
        assertThat(pollNow(msgId).reminders()).as("no reminder before remind-every").isZero();
        backdate(msgId, Duration.ofHours(5));

        ExternalTask polled = pollNow(msgId);

        assertThat(awaitAlertsTo(owner, 1)).containsExactly(
                "请在企业微信客户端确认群发任务：发给 " + lily.name() + " 的跟进消息（序列 kol-intro）尚未发送");
        assertThat(polled.status()).isEqualTo(ExternalTask.Status.AWAITING);
        assertThat(polled.reminders()).isEqualTo(1);
        assertThat(queue.dueAt(ExternalTaskStore.QUEUE, msgId)).hasValueSatisfying(at ->
                assertThat(at).isBetween(polled.remindedAt().plus(Duration.ofMinutes(29)),
                        polled.remindedAt().plus(Duration.ofMinutes(31))));

        assertThat(pollNow(msgId).reminders()).as("the next reminder waits remind-every").isEqualTo(1);
        sleep(300);
        assertThat(alertsTo(owner)).hasSize(1);
    }

    @Test
    void remindersStopAtTheMaximum() {
        String owner = employee();
        String msgId = createTask(influencer(owner));
        ExternalTask t = task(msgId);
        Instant longAgo = Instant.now().minus(Duration.ofHours(20));
        tasks.save(t, new ExternalTask(t.msgId(), t.influencerId(), t.influencerName(), t.externalUserId(), t.owner(),
                t.sequence(), t.status(), longAgo, 3, longAgo, longAgo, "", t.version())).orElseThrow();

        assertThat(pollNow(msgId).reminders()).isEqualTo(3);
        sleep(300);
        assertThat(alertsTo(owner)).isEmpty();
    }

    @Test
    void customerWhoIsNoLongerAContactFailsTheTaskAndTheOwnerIsToldInTheirLanguage() {
        Influencer lily = influencer("op_en");
        String msgId = createTask(lily);
        WECHAT.failTask(msgId, 2);

        ExternalTask polled = pollNow(msgId);

        assertThat(polled.status()).isEqualTo(ExternalTask.Status.FAILED);
        assertThat(polled.reason()).contains("no longer a contact");
        assertThat(awaitAlertsTo("op_en", 1)).anySatisfy(text -> assertThat(text)
                .isEqualTo("The follow-up to " + lily.name() + " (sequence —) did not reach them: they are no longer "
                        + "your WeCom contact."));
    }

    @Test
    void customerAlreadyMessagedThisPeriodFailsTheTask() {
        String owner = employee();
        Influencer lily = influencer(owner);
        String msgId = createTask(lily);
        WECHAT.failTask(msgId, 3);

        assertThat(pollNow(msgId).status()).isEqualTo(ExternalTask.Status.FAILED);
        assertThat(awaitAlertsTo(owner, 1).get(0)).startsWith("发给 " + lily.name() + " 的跟进消息（序列 —）未能送达")
                .contains("其他企业群发消息");
    }

    @Test
    void taskUnconfirmedPastTheExpiryIsGivenUpAndTheOwnerIsTold() {
        String owner = employee();
        Influencer lily = influencer(owner);
        String msgId = createTask(lily);
        backdate(msgId, Duration.ofDays(3).plusMinutes(1));

        ExternalTask polled = pollNow(msgId);

        assertThat(polled.status()).isEqualTo(ExternalTask.Status.EXPIRED);
        assertThat(queue.dueAt(ExternalTaskStore.QUEUE, msgId)).isEmpty();
        List<String> told = awaitAlertsTo(owner, 1);
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).contains(lily.name()).contains("3 天内未确认");
    }

    @Test
    void recoveryPollsAgainRightAway() {
        String msgId = createTask(influencer(employee()));
        Instant far = Instant.now().plus(Duration.ofDays(400));
        queue.schedule(ExternalTaskStore.QUEUE, msgId, far);
        Claim mine = null;
        for (Claim c : queue.claim(ExternalTaskStore.QUEUE, far, 1000, Duration.ofMinutes(2))) {
            if (c.id().equals(msgId)) {
                mine = c;
            } else {
                queue.release(c, c.due()); // other tests' tasks: back as they were
            }
        }
        assertThat(mine).isNotNull();
        Instant before = Instant.now();

        poller.recover(mine);

        // Due now: the timer polls it within a tick and puts it back for the next poll in poll-every.
        await(() -> queue.dueAt(ExternalTaskStore.QUEUE, msgId),
                at -> at.isPresent() && at.get().isAfter(before.plus(Duration.ofMinutes(29))),
                "the recovered task polled again and due in 30 minutes");
        assertThat(WECHAT.taskPolls()).isPositive();
        assertThat(task(msgId).status()).isEqualTo(ExternalTask.Status.AWAITING);
    }
}
