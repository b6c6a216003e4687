package com.daren.bot.reminder;

import com.daren.brief.GroupAgenda;
import com.daren.community.GroupStore;
import com.daren.reminder.Reminder;
import com.daren.reminder.ReminderStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The brief's "今日提醒": reminders set in any of the group's chats that fire on the brief's day, soonest first,
 * as "HH:mm text" in the group's zone.
 */
@Component
class RemindersInBrief implements GroupAgenda {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final GroupStore groups;
    private final ReminderStore reminders;

    RemindersInBrief(GroupStore groups, ReminderStore reminders) {
        this.groups = groups;
        this.reminders = reminders;
    }

    @Override
    public List<String> today(String groupId, LocalDate date, ZoneId zone) {
        return groups.get(groupId).stream()
                .flatMap(g -> g.chats().entrySet().stream())
                .flatMap((Map.Entry<com.daren.community.GroupChatType, String> chat) -> reminders
                        .dueOn(Reminder.groupKey(chat.getKey().channel(), chat.getValue()), date, zone).stream())
                .sorted(Comparator.comparing(Reminder::next))
                .map(r -> TIME.format(r.next().atZone(zone)) + " " + r.text())
                .distinct()
                .toList();
    }
}
