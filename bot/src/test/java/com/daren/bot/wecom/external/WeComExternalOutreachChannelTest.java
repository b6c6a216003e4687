package com.daren.bot.wecom.external;

import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import com.daren.testkit.RecordedSend;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Outreach as a customer-contact mass-send task: the cap, the task, and what each WeCom answer means. */
class WeComExternalOutreachChannelTest extends ExternalContactTestSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void messageBecomesATaskForTheOwnerToConfirmAndIsTracked() {
        String owner = employee();
        Influencer lily = influencer(owner);
        Instant before = Instant.now();

        DeliveryResult result = channel.send(lily, "你好 Lily，我们想邀请你合作");

        assertThat(result).isInstanceOf(DeliveryResult.AwaitingConfirmation.class);
        DeliveryResult.AwaitingConfirmation task = (DeliveryResult.AwaitingConfirmation) result;
        assertThat(task.channel()).isEqualTo("wecom_external");
        RecordedSend sent = massSends().get(0);
        assertThat(sent.toUser()).isEqualTo(lily.wecomExternalUserId());
        assertThat(sent.content()).isEqualTo("你好 Lily，我们想邀请你合作");
        assertThat(sent.rawJson()).contains("\"sender\":\"" + owner + "\"").contains("\"chat_type\":\"single\"");
        assertThat(WECHAT.taskStatus(task.taskId())).contains(0);

        ExternalTask tracked = task(task.taskId());
        assertThat(tracked.status()).isEqualTo(ExternalTask.Status.AWAITING);
        assertThat(tracked.influencerId()).isEqualTo(lily.id());
        assertThat(tracked.owner()).isEqualTo(owner);
        assertThat(tracked.externalUserId()).isEqualTo(lily.wecomExternalUserId());
        assertThat(tracked.createdAt()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(queue.dueAt(ExternalTaskStore.QUEUE, task.taskId())).hasValueSatisfying(at ->
                assertThat(Duration.between(tracked.createdAt(), at)).isEqualTo(Duration.ofMinutes(10)));
    }

    @Test
    void secondMessageTheSameDayWaitsForTomorrowWithoutAskingWeChat() {
        Influencer lily = influencer(employee());
        createTask(lily);
        int attempts = WECHAT.attempts();

        DeliveryResult second = channel.send(lily, "再次跟进");

        assertThat(second).isInstanceOf(DeliveryResult.NotNow.class);
        DeliveryResult.NotNow notNow = (DeliveryResult.NotNow) second;
        assertThat(notNow.reason()).isEqualTo("this customer already received 1 company message this period");
        assertThat(notNow.retryAt()).isEqualTo(LocalDate.now(CHINA).plusDays(1).atStartOfDay(CHINA).toInstant());
        assertThat(WECHAT.attempts()).isEqualTo(attempts);
        assertThat(massSends()).hasSize(1);
        // The cap is per customer: another influencer of the same owner is not affected.
        createTask(influencer(lily.owner()));
    }

    @Test
    void customerInTheFailListFailsForGoodAndKeepsTheirSlot() {
        Influencer gone = influencer(employee());
        WECHAT.putInFailList(gone.wecomExternalUserId());

        DeliveryResult result = channel.send(gone, "你好");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).contains("fail_list");
        });
        WECHAT.clear(); // they are a contact again: the slot was given back, so today's message may still go
        createTask(gone);
    }

    @Test
    void throttlingFailsRetryablyAndGivesTheSlotBack() {
        Influencer lily = influencer(employee());
        WECHAT.failNext(1, 45009, "api freq out of limit");

        DeliveryResult result = channel.send(lily, "你好");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryable()).isTrue();
            assertThat(f.reason()).contains("45009");
        });
        assertThat(massSends()).isEmpty();
        createTask(lily);
    }

    @Test
    void busyAndConcurrencyLimitsAndServerErrorsAreRetryableOtherRefusalsAreNot() {
        WECHAT.failNext(1, -1, "system busy");
        assertFailed(channel.send(influencer(employee()), "x"), true, "errcode -1");
        WECHAT.failNext(1, 45033, "api concurrent out of limit");
        assertFailed(channel.send(influencer(employee()), "x"), true, "errcode 45033");
        WECHAT.failNext(1, 48002, "api forbidden");
        assertFailed(channel.send(influencer(employee()), "x"), false, "errcode 48002");

        WECHAT.failNextWithHttpStatus(1, 502);
        assertThat(channel.send(influencer(employee()), "x"))
                .isEqualTo(new DeliveryResult.Failed("WeCom answered HTTP 502", true));
        assertThat(massSends()).isEmpty();
    }

    @Test
    void expiredTokenIsRefreshedByWxJavaAndTheTaskIsCreated() {
        createTask(influencer(employee())); // a token is cached
        WECHAT.clear();
        WECHAT.expireAllTokens();

        createTask(influencer(employee()));

        assertThat(WECHAT.tokenRequests("wecom")).isGreaterThanOrEqualTo(1);
        assertThat(WECHAT.attempts()).isEqualTo(2); // 42001, then the same request with the new token
        assertThat(massSends()).hasSize(1);
    }

    @Test
    void noAnswerWithinTheTimeoutIsUnknownAndKeepsTheSlot() {
        Influencer lily = influencer(employee());
        createTask(influencer(employee())); // a token is cached, so only add_msg_template is delayed
        WECHAT.clear();
        WECHAT.delayNext(1, Duration.ofSeconds(7));
        long started = System.nanoTime();

        DeliveryResult result = channel.send(lily, "你好");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Unknown.class,
                u -> assertThat(u.reason()).contains("SocketTimeoutException"));
        assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).isCloseTo(5_000L, within(1_500L));
        // The task may exist in WeCom: the slot stays used, so nothing more goes to this customer today.
        assertThat(channel.send(lily, "again")).isInstanceOf(DeliveryResult.NotNow.class);
        // Like WeChat, the fake still created it once the delay was over.
        assertThat(WECHAT.awaitSends(1, Duration.ofSeconds(5)).get(0).toUser()).isEqualTo(lily.wecomExternalUserId());
    }

    @Test
    void influencerWithoutOwnerCannotGetATaskAndWeChatIsNotAsked() {
        DeliveryResult result = channel.send(influencer(""), "你好");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.retryable()).isFalse());
        assertThat(WECHAT.attempts()).isZero();
    }

    @Test
    void reachesOnlyInfluencersWithAnExternalContactId() {
        Influencer lily = influencer("op");
        assertThat(channel.reaches(lily)).isTrue();
        assertThat(channel.reaches(lily.toBuilder().wecomExternalUserId(null).build())).isFalse();
        assertThat(channel.id()).isEqualTo("wecom_external");
        assertThat(channel.preference()).isEqualTo(10);
    }

    private static void assertFailed(DeliveryResult result, boolean retryable, String reason) {
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryable()).as(f.reason()).isEqualTo(retryable);
            assertThat(f.reason()).contains(reason);
        });
    }
}
