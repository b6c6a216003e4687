package com.daren.community;

import java.util.List;

/**
 * The one way group features say something in a group (welcome, moderation warnings, FAQ answers, broadcasts).
 * It picks the group's posting route: its simulator chat, else its group robot, else its internal app chat. A
 * WeCom customer group without a robot has no route an app can post through without an employee confirming each
 * message (docs/ARCHITECTURE.md), so {@link #post} answers false for it.
 */
public interface GroupPoster {

    /**
     * Posts now, on the caller's thread, @-mentioning {@code mentionIds}. True when sent; false when the group has
     * no posting route. Throws {@link com.daren.channel.DeliveryException} when the send failed (and says whether
     * the outcome is unknown), so durable senders (welcome, broadcast) can decide about retrying.
     */
    boolean post(Group group, List<String> mentionIds, String text);

    /** Posts off the caller's thread (answers from an inbound message's listener); failures are logged and counted. */
    void postLater(Group group, List<String> mentionIds, String text);
}
