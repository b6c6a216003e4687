package com.daren.brief;

import com.daren.channel.Channel;
import com.daren.command.Lang;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A group that gets the brief, and how: its own time and zone, keywords that pick its headlines, a cap.
 *
 * @param id    the group's id ({@code channel:chatId})
 * @param owner the operator told when a source fails or a brief cannot go
 */
public record BriefGroup(String id, Channel channel, String chatId, String owner, LocalTime time, ZoneId zone,
                         List<String> keywords, int cap, Lang lang, boolean enabled) {

    public BriefGroup {
        keywords = List.copyOf(keywords);
    }

    public static String idOf(Channel channel, String chatId) {
        return channel.id() + ":" + chatId;
    }

    /** When this group's brief of {@code date} goes (a time inside a DST gap moves forward, as the zone says). */
    public ZonedDateTime sendAt(LocalDate date) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** The first send strictly after {@code after}... or at it, so a brief due this very minute is not skipped. */
    public ZonedDateTime nextSend(java.time.Instant after) {
        LocalDate today = after.atZone(zone).toLocalDate();
        ZonedDateTime at = sendAt(today);
        return at.toInstant().isBefore(after) ? sendAt(today.plusDays(1)) : at;
    }

    public BriefGroup withSchedule(LocalTime newTime, ZoneId newZone) {
        return new BriefGroup(id, channel, chatId, owner, newTime, newZone, keywords, cap, lang, enabled);
    }

    public BriefGroup withKeywords(List<String> newKeywords) {
        return new BriefGroup(id, channel, chatId, owner, time, zone, newKeywords, cap, lang, enabled);
    }

    public BriefGroup withCap(int newCap) {
        return new BriefGroup(id, channel, chatId, owner, time, zone, keywords, newCap, lang, enabled);
    }

    public BriefGroup withEnabled(boolean on) {
        return new BriefGroup(id, channel, chatId, owner, time, zone, keywords, cap, lang, on);
    }

    public BriefGroup withOwner(String newOwner) {
        return new BriefGroup(id, channel, chatId, newOwner, time, zone, keywords, cap, lang, enabled);
    }
}
