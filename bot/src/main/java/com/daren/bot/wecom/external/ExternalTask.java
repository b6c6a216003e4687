package com.daren.bot.wecom.external;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A WeCom customer-contact mass-send task the bot created for one outreach message: it reaches the influencer only
 * once their owner (the employee) confirms it in the WeCom client. Changes only through the verb methods, which
 * follow {@link #ALLOWED}.
 *
 * @param msgId          WeCom's task id (add_msg_template's msgid)
 * @param sequence       the outreach sequence it belongs to, "" when unknown
 * @param reminders      reminders sent to the owner so far
 * @param remindedAt     the last reminder, null before the first
 * @param reason         why it failed or expired, "" otherwise
 * @param version        the stored version (optimistic locking), null before it is stored
 */
record ExternalTask(String msgId, String influencerId, String influencerName, String externalUserId, String owner,
                    String sequence, Status status, Instant createdAt, int reminders, Instant remindedAt,
                    Instant updatedAt, String reason, String version) {

    enum Status {
        AWAITING, SENT, FAILED, EXPIRED;

        boolean ended() {
            return this != AWAITING;
        }
    }

    /** The transition table: a task waits, then is sent, fails or expires, once. */
    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.AWAITING, EnumSet.of(Status.AWAITING, Status.SENT, Status.FAILED, Status.EXPIRED),
            Status.SENT, EnumSet.noneOf(Status.class),
            Status.FAILED, EnumSet.noneOf(Status.class),
            Status.EXPIRED, EnumSet.noneOf(Status.class));

    ExternalTask {
        sequence = sequence == null ? "" : sequence;
        reason = reason == null ? "" : reason;
    }

    static ExternalTask awaiting(String msgId, String influencerId, String influencerName, String externalUserId,
                                 String owner, String sequence, Instant at) {
        return new ExternalTask(msgId, influencerId, influencerName, externalUserId, owner, sequence, Status.AWAITING,
                at, 0, null, at, "", null);
    }

    ExternalTask sent(Instant at) {
        return moveTo(Status.SENT, at, "");
    }

    ExternalTask failed(String why, Instant at) {
        return moveTo(Status.FAILED, at, why);
    }

    ExternalTask expired(Instant at) {
        return moveTo(Status.EXPIRED, at, "not confirmed within " + Duration.between(createdAt, at).toHours() + " h");
    }

    ExternalTask reminded(Instant at) {
        ExternalTask waiting = moveTo(Status.AWAITING, at, "");
        return new ExternalTask(msgId, influencerId, influencerName, externalUserId, owner, sequence, waiting.status(),
                createdAt, reminders + 1, at, at, waiting.reason(), version);
    }

    /** Whether the owner is due a reminder at {@code now}. */
    boolean reminderDue(Instant now, Duration every, int max) {
        Instant last = remindedAt == null ? createdAt : remindedAt;
        return status == Status.AWAITING && reminders < max && !now.isBefore(last.plus(every));
    }

    ExternalTask withVersion(String newVersion) {
        return new ExternalTask(msgId, influencerId, influencerName, externalUserId, owner, sequence, status, createdAt,
                reminders, remindedAt, updatedAt, reason, newVersion);
    }

    private ExternalTask moveTo(Status next, Instant at, String why) {
        if (!ALLOWED.get(status).contains(next)) {
            throw new IllegalStateException("task " + msgId + " is " + status + ", cannot become " + next);
        }
        return new ExternalTask(msgId, influencerId, influencerName, externalUserId, owner, sequence, next, createdAt,
                reminders, remindedAt, at, why, version);
    }
}
