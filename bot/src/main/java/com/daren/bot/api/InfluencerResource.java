package com.daren.bot.api;

import com.daren.bot.crm.PersonalData;
import com.daren.crm.Influencer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An influencer as the API shows it. Phone and WeChat id are masked for viewers.
 *
 * @param engagementRate 0–1
 * @param score          the total on the 10-point scale, null when not scored
 * @param tier           derived from followers (nano, micro, mid, macro, mega)
 * @param band           the operators' Chinese band for the tier (头部, 腰部, 尾部)
 * @param linked         the chat identities the record is linked to: wecom, mp, sim
 */
record InfluencerResource(String id, String name, String platform, String handle, long followers, String tier,
                          String band, Double engagementRate, Long avgLikes, Long avgComments, List<String> tags,
                          List<String> formats, String audienceAge, String audienceGender, String audienceRegion,
                          String phone, String wechatId, List<String> linked, String owner, String status, Double score,
                          LocalDate contractEnd, boolean archived, Instant createdAt, Instant updatedAt) {

    static InfluencerResource of(Influencer i, PersonalData personal) {
        return new InfluencerResource(i.id(), i.name(), i.platform().id(), i.handle(), i.followers(), i.tier().label(),
                i.tier().band(), i.engagementRate(), i.avgLikes(), i.avgComments(), i.tags(), i.formats(),
                i.audienceAge(), i.audienceGender(), i.audienceRegion(), personal.phone(i.phone()),
                personal.wechatId(i.wechatId()), linked(i), i.owner(), i.status().id(),
                i.scores().outOfTen().isPresent() ? i.scores().outOfTen().getAsDouble() : null,
                i.contractEnd(), i.archived(), i.createdAt(), i.updatedAt());
    }

    private static List<String> linked(Influencer i) {
        List<String> linked = new java.util.ArrayList<>();
        if (i.wecomExternalUserId() != null) {
            linked.add("wecom");
        }
        if (i.mpOpenId() != null) {
            linked.add("mp");
        }
        if (i.simulatorId() != null) {
            linked.add("sim");
        }
        return linked;
    }
}
