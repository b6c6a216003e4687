package com.daren.community;

import com.daren.channel.Channel;
import com.daren.channel.ChatKind;
import com.daren.channel.InboundMessage;

import java.time.Instant;
import java.util.Optional;

/**
 * Joins and leaves as normalized inbound events, for channels that report them per member (the simulator, the
 * signed relay): they go through the inbound pipeline like messages (de-duplicated), and group membership turns
 * them into {@link MemberJoined} / {@link MemberLeft}. The member is the sender; the text is their display name.
 */
public final class MembershipEvents {

    public static final String JOINED = "group_member_join";
    public static final String LEFT = "group_member_leave";

    private MembershipEvents() {
    }

    public static InboundMessage joined(Channel channel, String dedupKey, String chatId, String memberId, String name,
                                        Instant at) {
        return new InboundMessage(channel, dedupKey, memberId, ChatKind.GROUP, chatId, name, JOINED, at);
    }

    public static InboundMessage left(Channel channel, String dedupKey, String chatId, String memberId, Instant at) {
        return new InboundMessage(channel, dedupKey, memberId, ChatKind.GROUP, chatId, "", LEFT, at);
    }

    /** "join" / "leave" (and 入群 / 退群) as typed by a relay or the simulator page, to the event type. */
    public static Optional<String> typeOf(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "join", "joined", "入群", "加入" -> Optional.of(JOINED);
            case "leave", "left", "退群", "离开" -> Optional.of(LEFT);
            default -> Optional.empty();
        };
    }
}
