package com.daren.bot.community;

import com.daren.community.Group;
import com.daren.community.GroupChatType;

import java.util.List;

/** What the group templates show of a group. */
public record GroupView(String id, String name, String owner, long members, List<String> chats, String rules,
                 String welcomeText, List<String> tags, String zone, boolean active) {

    public static GroupView of(Group g, long members) {
        List<String> chats = g.chats().entrySet().stream()
                .map(e -> e.getKey().code() + (e.getKey() == GroupChatType.WECOM_ROBOT ? "" : ":" + e.getValue()))
                .toList();
        return new GroupView(g.id(), g.name(), g.ownerId(), members, chats, g.rules(), g.welcomeText(),
                List.copyOf(g.tags()), g.zone().getId(), g.active());
    }
}
