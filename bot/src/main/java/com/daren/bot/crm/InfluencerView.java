package com.daren.bot.crm;

import com.daren.crm.Influencer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** What templates get to see of an influencer: plain, display-ready values. */
final class InfluencerView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private InfluencerView() {
    }

    static Map<String, Object> of(Influencer i) {
        return Map.ofEntries(
                Map.entry("id", i.id()),
                Map.entry("name", i.name()),
                Map.entry("handle", i.handle()),
                Map.entry("platform", i.platform().id()),
                Map.entry("platformZh", i.platform().zh()),
                Map.entry("followers", i.followers()),
                Map.entry("tier", i.tier().label()),
                Map.entry("band", i.tier().band()),
                Map.entry("tags", List.copyOf(i.tags())),
                Map.entry("status", i.status().id()),
                Map.entry("statusZh", i.status().zh()),
                Map.entry("owner", i.owner() == null ? "" : i.owner()),
                Map.entry("created", DATE.format(i.createdAt())));
    }
}
