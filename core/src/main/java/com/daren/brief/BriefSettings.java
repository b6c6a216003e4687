package com.daren.brief;

import com.daren.command.Lang;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How the brief behaves (bound from {@code daren.brief.*} in bot/).
 *
 * @param maxAge       items older than this are not news any more
 * @param lateLimit    a brief claimed later than this after its time (downtime) is skipped and the owner told
 * @param perSecond    brief sends per second across all instances (the group channel's limit)
 * @param fetchEvery   feeds are fetched at least this often
 * @param fetchLead    and a round starts this long before the earliest brief
 * @param keepShown    how long a group remembers what it was sent (no repeats across days)
 * @param linkBase     short links are this plus a code ({@code /b/{code}} redirects); empty: the item's own URL
 * @param tips         the rotating tip or quote, one per day
 */
public record BriefSettings(LocalTime defaultTime, ZoneId defaultZone, int defaultCap, Lang defaultLang,
                            Duration maxAge, Duration lateLimit, int perSecond, int maxAttempts, Duration firstBackoff,
                            Duration fetchEvery, Duration fetchLead, int fetchThreads, Duration fetchTimeout,
                            long maxFeedBytes, int maxItemsPerFeed, Duration keepShown, String linkBase,
                            List<String> tips) {

    public BriefSettings {
        tips = List.copyOf(tips);
    }
}
