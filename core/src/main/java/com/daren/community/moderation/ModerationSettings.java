package com.daren.community.moderation;

import java.time.Duration;

/**
 * How moderation escalates.
 *
 * @param strikeWindow    strikes older than this are forgotten
 * @param notifyOwnerAt   from this strike in the window on, the group's owner operator gets the message too
 * @param removeRequestAt at this strike in the window the owner is asked to remove the member (by hand: WeChat lets
 *                        no app remove an external member from a group)
 * @param keepLog         how many actions each group's log keeps
 */
public record ModerationSettings(Duration strikeWindow, int notifyOwnerAt, int removeRequestAt, int keepLog) {

    public ModerationSettings {
        if (notifyOwnerAt < 1 || removeRequestAt < notifyOwnerAt) {
            throw new IllegalArgumentException("need 1 <= notify-owner-at <= remove-request-at");
        }
    }

    /** What to do at the {@code strikes}-th strike in the window. */
    public ModerationAction actionAt(int strikes) {
        if (strikes >= removeRequestAt) {
            return ModerationAction.ASK_OWNER_TO_REMOVE;
        }
        return strikes >= notifyOwnerAt ? ModerationAction.WARN_AND_NOTIFY_OWNER : ModerationAction.WARN;
    }
}
