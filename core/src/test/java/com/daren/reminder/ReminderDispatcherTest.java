package com.daren.reminder;

import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import com.daren.command.Lang;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders fire once per occurrence on real Redis, whatever point a dispatcher dies at; time moved by hand. */
@ExtendWith(EmbeddedRedisExtension.class)
class ReminderDispatcherTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Wednesday 2026-11-25 15:10 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-25T07:10:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SettableClock clock = new SettableClock(NOW);
    private final List<OutboundMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private RuntimeException failure;
    private ReminderStore store;
    private DueQueue queue;
    private ReminderService service;
    private ReminderDispatcher dispatcher;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        store = new ReminderStore(redis);
        queue = new DueQueue(redis);
        service = new ReminderService(store, queue);
        Messenger sim = new Messenger() {
            @Override
            public Channel channel() {
                return Channel.SIM;
            }

            @Override
            public void send(OutboundMessage message) {
                if (failure != null) {
                    throw failure;
                }
                sent.add(message);
            }
        };
        MessageTemplates templates = MessageTemplates.fromStrings(Map.of("reminder/fired.ftl", "⏰ ${text}<#if next?has_content> next ${next}</#if>",
                "reminder/undelivered.ftl", "⚠ ${text} unknown=${unknown?c}"));
        dispatcher = new ReminderDispatcher(store, queue, List.of(sim), templates, clock);
    }

    private Reminder set(Instant at, Optional<Repeat> repeat, String chatId) {
        return service.set(new Reminder("", Channel.SIM, chatId, "alice", "alice", "交稿", at, repeat, SHANGHAI,
                Lang.ZH, Reminder.State.ACTIVE, 0, 0));
    }

    private List<Claim> claimAt(Instant at) {
        clock.set(at);
        return queue.claim(ReminderStore.QUEUE, at, 10, LEASE);
    }

    private void runAt(Instant at) {
        claimAt(at).forEach(dispatcher::handle);
    }

    @Test
    void aOneOffReminderFiresOnceAtItsTimeAndIsThenDone() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        runAt(NOW.plus(Duration.ofMinutes(59)));
        assertThat(sent).isEmpty();
        runAt(NOW.plus(Duration.ofHours(1)));
        runAt(NOW.plus(Duration.ofHours(2)));
        assertThat(sent).extracting(OutboundMessage::text).containsExactly("⏰ 交稿");
        assertThat(sent.get(0).recipientId()).isEqualTo("alice");
        assertThat(store.get(r.id()).orElseThrow().state()).isEqualTo(Reminder.State.DONE);
        assertThat(queue.waiting(ReminderStore.QUEUE) + queue.leased(ReminderStore.QUEUE)).isZero();
    }

    @Test
    void aRepeatMovesToItsNextOccurrenceTogetherWithFiring() {
        Repeat friday = Repeat.weekly(java.time.DayOfWeek.FRIDAY, LocalTime.of(17, 0));
        Instant first = Instant.parse("2026-11-27T09:00:00Z");
        Reminder r = set(first, Optional.of(friday), null);
        runAt(first);
        Instant second = Instant.parse("2026-12-04T09:00:00Z");
        assertThat(store.get(r.id()).orElseThrow().next()).isEqualTo(second);
        assertThat(queue.dueAt(ReminderStore.QUEUE, r.id())).contains(second);
        runAt(second.minusSeconds(1));
        runAt(second);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).text()).contains("next 2026-12-04 周五 17:00 (Asia/Shanghai)");
    }

    @Test
    void aRepeatThatWasDownForAWeekFiresOnceNotForEveryMissedDay() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.of(Repeat.daily(LocalTime.of(16, 10))), null);
        runAt(NOW.plus(Duration.ofDays(7)));
        assertThat(sent).hasSize(1);
        assertThat(store.get(r.id()).orElseThrow().next()).isEqualTo(Instant.parse("2026-12-02T08:10:00Z"));
    }

    @Test
    void aCancelledReminderNeverFires() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        assertThat(service.cancel(r.id())).isPresent();
        assertThat(service.cancel(r.id())).isEmpty();
        runAt(NOW.plus(Duration.ofHours(2)));
        assertThat(sent).isEmpty();
    }

    @Test
    void aReminderCancelledWhileItsItemIsClaimedDoesNotFire() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        List<Claim> claims = claimAt(NOW.plus(Duration.ofHours(1)));
        service.cancel(r.id());
        claims.forEach(dispatcher::handle);
        assertThat(sent).isEmpty();
    }

    @Test
    void aDispatcherThatDiedWhileSendingIsNotSentAgainOnRecovery() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        List<Claim> claims = claimAt(NOW.plus(Duration.ofHours(1)));
        assertThat(store.startSending(store.get(r.id()).orElseThrow())).isEqualTo(1); // then the process died
        clock.advance(LEASE.plusSeconds(1));
        queue.expired(ReminderStore.QUEUE, clock.instant(), 10, LEASE).forEach(dispatcher::recover);
        runAt(clock.instant().plus(Duration.ofHours(1)));
        assertThat(sent).as("not sent again; the one who set it is told, one-to-one").singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo("⚠ 交稿 unknown=true");
                    assertThat(m.recipientId()).isEqualTo("alice");
                    assertThat(m.chatId()).isNull();
                });
        assertThat(store.get(r.id()).orElseThrow().state()).isEqualTo(Reminder.State.DONE);
        assertThat(claims).hasSize(1);
    }

    @Test
    void aDispatcherThatDiedBeforeSendingLeavesItToRecoveryWhichSendsIt() {
        set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        claimAt(NOW.plus(Duration.ofHours(1))); // claimed, then the process died
        clock.advance(LEASE.plusSeconds(1));
        queue.expired(ReminderStore.QUEUE, clock.instant(), 10, LEASE).forEach(dispatcher::recover);
        runAt(clock.instant());
        assertThat(sent).hasSize(1);
    }

    @Test
    void aStaleSecondClaimFindsTheSendingMarkAndDoesNotSendTwice() {
        Reminder r = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        claimAt(NOW.plus(Duration.ofHours(1)));
        store.startSending(store.get(r.id()).orElseThrow()); // first dispatcher is slow, still sending
        Claim stale = new Claim(ReminderStore.QUEUE, r.id(), r.next(), "other");
        dispatcher.handle(stale);
        assertThat(sent).isEmpty();
    }

    @Test
    void aDefiniteFailureIsTriedAgainAMinuteLaterAndAnUnknownOutcomeIsNot() {
        Reminder definite = set(NOW.plus(Duration.ofHours(1)), Optional.empty(), null);
        failure = new DeliveryException("rejected", false, null);
        runAt(NOW.plus(Duration.ofHours(1)));
        failure = null;
        runAt(NOW.plus(Duration.ofHours(1)).plusSeconds(61));
        assertThat(sent).hasSize(1);
        assertThat(store.get(definite.id()).orElseThrow().state()).isEqualTo(Reminder.State.DONE);

        Reminder unknown = set(NOW.plus(Duration.ofHours(3)), Optional.empty(), null);
        failure = new DeliveryException("timeout", true, null);
        runAt(NOW.plus(Duration.ofHours(3)));
        failure = null;
        runAt(NOW.plus(Duration.ofHours(4)));
        assertThat(sent).hasSize(1);
        assertThat(store.get(unknown.id()).orElseThrow().state()).isEqualTo(Reminder.State.DONE);
    }

    @Test
    void theBriefListsAGroupsRemindersOfTheDayInItsZone() {
        set(Instant.parse("2026-11-25T15:59:00Z"), Optional.empty(), "g1"); // 23:59 Shanghai, today
        set(Instant.parse("2026-11-25T16:00:00Z"), Optional.empty(), "g1"); // 00:00 tomorrow
        set(Instant.parse("2026-11-25T10:00:00Z"), Optional.empty(), "g2");
        set(Instant.parse("2026-11-25T10:00:00Z"), Optional.empty(), null);
        List<Reminder> today = store.dueOn(Reminder.groupKey(Channel.SIM, "g1"), LocalDate.of(2026, 11, 25), SHANGHAI);
        assertThat(today).extracting(Reminder::next).containsExactly(Instant.parse("2026-11-25T15:59:00Z"));
    }
}
