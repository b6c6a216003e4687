package com.daren.bot.wecom.external;

import com.daren.bot.callback.WeChatChannelsTestSupport;
import com.daren.crm.Influencer;
import com.daren.crm.Platform;
import com.daren.outreach.DeliveryResult;
import com.daren.testkit.RecordedSend;
import com.daren.timer.DueQueue;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with WeCom on, against the shared fake WeChat server and a real embedded Redis (the same context
 * as every {@link WeChatChannelsTestSupport} test: no properties of its own). The real timer runs, so a task's poll
 * item made due now is polled within about a second.
 */
abstract class ExternalContactTestSupport extends WeChatChannelsTestSupport {

    static final String ADD_MSG_TEMPLATE = "/cgi-bin/externalcontact/add_msg_template";
    static final String APP_MESSAGE = "/cgi-bin/message/send";

    @Autowired
    WeComExternalOutreachChannel channel;

    @Autowired
    ExternalTaskStore tasks;

    @Autowired
    DueQueue queue;

    /** An influencer never seen before, reachable as a WeCom external contact, owned by {@code owner}. */
    static Influencer influencer(String owner) {
        long n = uniqueId();
        return Influencer.builder(Platform.XIAOHONGSHU, "kol" + n).id("x" + n).name("达人" + n)
                .wecomExternalUserId("wm" + n).owner(owner).build();
    }

    /** An employee id never used before (not in the roster: alerts go to them in Chinese). */
    static String employee() {
        return "emp" + uniqueId();
    }

    String createTask(Influencer influencer) {
        DeliveryResult result = channel.send(influencer, "你好，" + influencer.name());
        assertThat(result).isInstanceOf(DeliveryResult.AwaitingConfirmation.class);
        return ((DeliveryResult.AwaitingConfirmation) result).taskId();
    }

    ExternalTask task(String msgId) {
        return tasks.get(msgId).orElseThrow(() -> new AssertionError("no task " + msgId));
    }

    /** Moves the task's creation back, as if it had been waiting that long. */
    void backdate(String msgId, Duration by) {
        ExternalTask t = task(msgId);
        tasks.save(t, new ExternalTask(t.msgId(), t.influencerId(), t.influencerName(), t.externalUserId(), t.owner(),
                t.sequence(), t.status(), t.createdAt().minus(by), t.reminders(), t.remindedAt(), t.updatedAt(),
                t.reason(), t.version())).orElseThrow();
    }

    /** Makes the task's poll due now and waits until the timer has polled it (it is released again or finished). */
    ExternalTask pollNow(String msgId) {
        Instant before = Instant.now();
        int polls = WECHAT.taskPolls();
        queue.schedule(ExternalTaskStore.QUEUE, msgId, before);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            boolean polled = WECHAT.taskPolls() > polls;
            boolean settled = queue.dueAt(ExternalTaskStore.QUEUE, msgId).map(at -> at.isAfter(before.plusSeconds(60)))
                    .orElse(task(msgId).status().ended());
            if (polled && settled) {
                return task(msgId);
            }
            sleep(50);
        }
        throw new AssertionError("task " + msgId + " was not polled: " + task(msgId));
    }

    /** WeCom app messages (operator alerts) to one employee so far. */
    static List<String> alertsTo(String employee) {
        return WECHAT.sent().stream().filter(s -> APP_MESSAGE.equals(s.path()) && employee.equals(s.toUser()))
                .map(RecordedSend::content).toList();
    }

    static List<String> awaitAlertsTo(String employee, int n) {
        return await(() -> alertsTo(employee), l -> l.size() >= n, "at least " + n + " alerts to " + employee);
    }

    static List<RecordedSend> massSends() {
        return WECHAT.sent().stream().filter(s -> ADD_MSG_TEMPLATE.equals(s.path())).toList();
    }

    static <T> T await(java.util.function.Supplier<T> value, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + what + " but got " + last);
            }
            sleep(50);
            last = value.get();
        }
        return last;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
