package com.daren.bot.community;

import com.daren.channel.InboundMessage;
import com.daren.channel.MessageReceived;
import com.daren.community.Group;
import com.daren.community.GroupStore;
import com.daren.community.MemberJoined;
import com.daren.community.MemberLeft;
import com.daren.community.MembershipEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps each group's member set and announces joins and leaves as {@link MemberJoined} / {@link MemberLeft}: from
 * per-member inbound events (simulator, relay) and from WeCom's customer-group sync. A join of someone already
 * known (a repeated report) is not announced again, so nobody is welcomed twice.
 */
@Component
public class GroupMembership {

    private final GroupStore groups;
    private final ApplicationEventPublisher events;

    GroupMembership(GroupStore groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    @EventListener
    void on(MessageReceived received) {
        InboundMessage m = received.message();
        if (!m.isEvent() || !m.inGroup()) {
            return;
        }
        boolean join = MembershipEvents.JOINED.equals(m.eventType());
        if (!join && !MembershipEvents.LEFT.equals(m.eventType())) {
            return;
        }
        groups.findByChat(m.channel(), m.chatId()).ifPresent(g -> {
            if (join) {
                joined(g, m.senderId(), m.text().isBlank() ? m.senderId() : m.text(), m.sentAt());
            } else {
                left(g, m.senderId(), m.sentAt());
            }
        });
    }

    /** Records a join; true (and announced) when the member was not known yet. */
    public boolean joined(Group group, String memberId, String name, Instant at) {
        if (!groups.addMember(group.id(), memberId)) {
            return false;
        }
        events.publishEvent(new MemberJoined(group.id(), memberId, name, at));
        return true;
    }

    /** Records a leave (announced even for a member the bot never saw join: it is counted in the day's leaves). */
    public void left(Group group, String memberId, Instant at) {
        groups.removeMember(group.id(), memberId);
        events.publishEvent(new MemberLeft(group.id(), memberId, at));
    }
}
