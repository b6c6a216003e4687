package com.daren.brief;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Today's reminders for a group, one line each, for the brief's "今日提醒" part. The reminders feature provides
 * it; until it is wired, {@link #NONE} (no lines, and the brief leaves the part out).
 */
public interface GroupAgenda {

    GroupAgenda NONE = (groupId, date, zone) -> List.of();

    List<String> today(String groupId, LocalDate date, ZoneId zone);
}
