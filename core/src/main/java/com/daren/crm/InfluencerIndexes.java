package com.daren.crm;

import com.daren.store.RedisKeys;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Every index entry a record should have. Archived records keep only their uniqueness entries. */
final class InfluencerIndexes {

    private InfluencerIndexes() {
    }

    static Set<IndexEntry> of(Influencer i) {
        Set<IndexEntry> entries = new LinkedHashSet<>();
        entries.add(IndexEntry.unique(RedisKeys.influencerPlatformHandleIndex(), i.platformHandle()));
        if (i.wecomExternalUserId() != null) {
            entries.add(IndexEntry.unique(RedisKeys.influencerIdentityIndex(), identity("wecom", i.wecomExternalUserId())));
        }
        if (i.mpOpenId() != null) {
            entries.add(IndexEntry.unique(RedisKeys.influencerIdentityIndex(), identity("mp", i.mpOpenId())));
        }
        if (i.simulatorId() != null) {
            entries.add(IndexEntry.unique(RedisKeys.influencerIdentityIndex(), identity("sim", i.simulatorId())));
        }
        if (i.archived()) {
            entries.add(IndexEntry.set(RedisKeys.archivedInfluencers(), i.id()));
            return entries;
        }
        entries.add(IndexEntry.set(RedisKeys.influencersInTier(i.tier().label()), i.id()));
        entries.add(IndexEntry.set(RedisKeys.influencersWithStatus(i.status().id()), i.id()));
        entries.add(IndexEntry.set(RedisKeys.influencersOn(i.platform().id()), i.id()));
        if (!i.owner().isEmpty()) {
            entries.add(IndexEntry.set(RedisKeys.influencersOwnedBy(i.owner()), i.id()));
        }
        for (String tag : i.tags()) {
            entries.add(IndexEntry.set(RedisKeys.influencersTagged(normalizeTag(tag)), i.id()));
        }
        entries.add(IndexEntry.zset(RedisKeys.influencerNames(), nameKey(i.name()) + NAME_SEPARATOR + i.id(), 0));
        for (SortField field : SortField.values()) {
            entries.add(IndexEntry.zset(RedisKeys.influencersBy(field.key()), i.id(), field.scoreOf(i)));
        }
        return entries;
    }

    /** Separates the name from the id in the name index, and sorts before every printable character. */
    static final String NAME_SEPARATOR = "\u0001";

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String identity(String channel, String externalId) {
        return channel + ":" + externalId;
    }

    static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
