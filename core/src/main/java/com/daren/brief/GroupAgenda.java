package com.daren.brief;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Today's reminders for a group, one line each, for the brief's "今日提醒" part. The reminders feature provides
 * it (bot/reminder/RemindersInBrief); {@link #NONE} is for tests and tools without reminders.
 */
public interface GroupAgenda {

    GroupAgenda NONE = (groupId, date, zone) -> List.of();

    List<String> today(String groupId, LocalDate date, ZoneId zone);
}
