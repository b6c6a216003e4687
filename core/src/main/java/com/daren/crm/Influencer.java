package com.daren.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * An influencer record (PRODUCT.md's fields). Tier is always derived from followers, never stored on its own.
 * Change a record through {@link #toBuilder()}; the store keeps indexes and history in step.
 *
 * @param engagementRate     0–1, {@code null} when unknown
 * @param phone              personal data: masked outside operators' one-to-one chats
 * @param wechatId           personal data, as above
 * @param wecomExternalUserId the WeCom external contact id, so their messages are recognised
 * @param mpOpenId           the Official Account openid, as above
 * @param simulatorId        the simulator sender name, as above (local demos)
 * @param version            a random token written with every change (optimistic locking, replay-safe)
 */
public record Influencer(String id, String name, Platform platform, String handle, long followers,
                         Double engagementRate, Long avgLikes, Long avgComments, List<String> tags,
                         List<String> formats, String audienceAge, String audienceGender, String audienceRegion,
                         String phone, String wechatId, String wecomExternalUserId, String mpOpenId, String simulatorId, String owner,
                         PipelineStatus status, Scores scores, LocalDate contractEnd, boolean archived,
                         Instant createdAt, Instant updatedAt, String version) {

    public Influencer {
        Objects.requireNonNull(platform, "platform");
        handle = InfluencerStore.normalizeHandle(handle);
        name = name == null || name.isBlank() ? handle : name.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        formats = formats == null ? List.of() : List.copyOf(formats);
        owner = owner == null ? "" : owner;
        status = status == null ? PipelineStatus.PROSPECT : status;
        scores = scores == null ? Scores.NONE : scores;
        createdAt = createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt == null ? null : updatedAt.truncatedTo(ChronoUnit.MILLIS);
        if (followers < 0) {
            throw new IllegalArgumentException("followers must not be negative");
        }
        if (engagementRate != null && (engagementRate < 0 || engagementRate > 1)) {
            throw new IllegalArgumentException("engagement rate must be 0–100%");
        }
    }

    public Tier tier() {
        return Tier.of(followers);
    }

    public String platformHandle() {
        return platform.id() + ":" + handle.toLowerCase(java.util.Locale.ROOT);
    }

    public static Builder builder(Platform platform, String handle) {
        return new Builder().platform(platform).handle(handle);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.platform = platform;
        b.handle = handle;
        b.followers = followers;
        b.engagementRate = engagementRate;
        b.avgLikes = avgLikes;
        b.avgComments = avgComments;
        b.tags = tags;
        b.formats = formats;
        b.audienceAge = audienceAge;
        b.audienceGender = audienceGender;
        b.audienceRegion = audienceRegion;
        b.phone = phone;
        b.wechatId = wechatId;
        b.wecomExternalUserId = wecomExternalUserId;
        b.mpOpenId = mpOpenId;
        b.simulatorId = simulatorId;
        b.owner = owner;
        b.status = status;
        b.scores = scores;
        b.contractEnd = contractEnd;
        b.archived = archived;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.version = version;
        return b;
    }

    /** Mutable helper for building a changed copy. */
    public static final class Builder {
        private String id;
        private String name;
        private Platform platform;
        private String handle;
        private long followers;
        private Double engagementRate;
        private Long avgLikes;
        private Long avgComments;
        private List<String> tags = List.of();
        private List<String> formats = List.of();
        private String audienceAge;
        private String audienceGender;
        private String audienceRegion;
        private String phone;
        private String wechatId;
        private String wecomExternalUserId;
        private String mpOpenId;
        private String simulatorId;
        private String owner;
        private PipelineStatus status;
        private Scores scores;
        private LocalDate contractEnd;
        private boolean archived;
        private Instant createdAt;
        private Instant updatedAt;
        private String version;

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder platform(Platform v) { platform = v; return this; }
        public Builder handle(String v) { handle = v; return this; }
        public Builder followers(long v) { followers = v; return this; }
        public Builder engagementRate(Double v) { engagementRate = v; return this; }
        public Builder avgLikes(Long v) { avgLikes = v; return this; }
        public Builder avgComments(Long v) { avgComments = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder formats(List<String> v) { formats = v; return this; }
        public Builder audienceAge(String v) { audienceAge = v; return this; }
        public Builder audienceGender(String v) { audienceGender = v; return this; }
        public Builder audienceRegion(String v) { audienceRegion = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder wechatId(String v) { wechatId = v; return this; }
        public Builder wecomExternalUserId(String v) { wecomExternalUserId = v; return this; }
        public Builder mpOpenId(String v) { mpOpenId = v; return this; }
        public Builder simulatorId(String v) { simulatorId = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder status(PipelineStatus v) { status = v; return this; }
        public Builder scores(Scores v) { scores = v; return this; }
        public Builder contractEnd(LocalDate v) { contractEnd = v; return this; }
        public Builder archived(boolean v) { archived = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder version(String v) { version = v; return this; }

        public Influencer build() {
            return new Influencer(id, name, platform, handle, followers, engagementRate, avgLikes, avgComments, tags,
                    formats, audienceAge, audienceGender, audienceRegion, phone, wechatId, wecomExternalUserId,
                    mpOpenId, simulatorId, owner, status, scores, contractEnd, archived, createdAt, updatedAt, version);
        }
    }
}
