package com.daren.bot.wecom.external;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A task waits, then ends once; reminders come every interval up to a maximum. */
class ExternalTaskTest {

    private static final Instant T0 = Instant.parse("2025-03-05T02:00:00Z");
    private final ExternalTask task = ExternalTask.awaiting("msg1", "42", "Lily", "wm1", "zhangsan", "intro", T0);

    @Test
    void anEndedTaskCannotMoveAgain() {
        ExternalTask sent = task.sent(T0.plusSeconds(60));
        assertThat(sent.status()).isEqualTo(ExternalTask.Status.SENT);
        assertThatThrownBy(() -> sent.failed("late", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.reminded(T0)).isInstanceOf(IllegalStateException.class);
        assertThat(task.expired(T0.plus(Duration.ofDays(3))).reason()).isEqualTo("not confirmed within 72 h");
    }

    @Test
    void remindersAreDueEveryIntervalUpToTheMaximum() {
        Duration every = Duration.ofHours(4);
        assertThat(task.reminderDue(T0.plus(Duration.ofHours(3)), every, 3)).isFalse();
        assertThat(task.reminderDue(T0.plus(every), every, 3)).isTrue();
        ExternalTask once = task.reminded(T0.plus(every));
        assertThat(once.reminders()).isEqualTo(1);
        assertThat(once.reminderDue(T0.plus(Duration.ofHours(7)), every, 3)).isFalse();
        assertThat(once.reminderDue(T0.plus(Duration.ofHours(8)), every, 3)).isTrue();
        ExternalTask thrice = once.reminded(T0.plus(Duration.ofHours(8))).reminded(T0.plus(Duration.ofHours(12)));
        assertThat(thrice.reminderDue(T0.plus(Duration.ofDays(2)), every, 3)).isFalse();
        assertThat(thrice.sent(T0).reminderDue(T0.plus(Duration.ofDays(2)), every, 9)).isFalse();
    }
}
