package com.daren.brief;

import com.daren.command.Lang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A community group as the brief sees it: the group's id, name and owner (from the group model) and its brief
 * settings — its own time and zone, keywords that pick its headlines, a cap, a language, on or off.
 *
 * @param owner the operator told when a source fails or a brief cannot go (empty: nobody to tell)
 */
public record BriefGroup(String id, String name, String owner, LocalTime time, ZoneId zone, List<String> keywords,
                         int cap, Lang lang, boolean enabled) {

    public BriefGroup {
        keywords = List.copyOf(keywords);
        name = name == null ? id : name;
        owner = owner == null ? "" : owner;
    }

    /** When this group's brief of {@code date} goes (a time inside a DST gap moves forward, as the zone says). */
    public ZonedDateTime sendAt(LocalDate date) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** The next send at or after {@code after} (a brief due this very instant is not skipped). */
    public ZonedDateTime nextSend(Instant after) {
        LocalDate today = after.atZone(zone).toLocalDate();
        ZonedDateTime at = sendAt(today);
        return at.toInstant().isBefore(after) ? sendAt(today.plusDays(1)) : at;
    }

    public BriefGroup withSchedule(LocalTime newTime, ZoneId newZone) {
        return new BriefGroup(id, name, owner, newTime, newZone, keywords, cap, lang, enabled);
    }

    public BriefGroup withKeywords(List<String> newKeywords) {
        return new BriefGroup(id, name, owner, time, zone, newKeywords, cap, lang, enabled);
    }

    public BriefGroup withCap(int newCap) {
        return new BriefGroup(id, name, owner, time, zone, keywords, newCap, lang, enabled);
    }

    public BriefGroup withLang(Lang newLang) {
        return new BriefGroup(id, name, owner, time, zone, keywords, cap, newLang, enabled);
    }

    public BriefGroup withEnabled(boolean on) {
        return new BriefGroup(id, name, owner, time, zone, keywords, cap, lang, on);
    }
}
