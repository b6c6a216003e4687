package com.daren.bot.crm;

import com.daren.crm.Influencer;
import com.daren.crm.ScoreItem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What templates (and the export) get to see of an influencer: display-ready values, personal data masked as asked. */
public final class InfluencerView {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    private InfluencerView() {
    }

    public static Map<String, Object> of(Influencer i) {
        return of(i, PersonalData.forApi(com.daren.access.Role.VIEWER));
    }

    public static Map<String, Object> of(Influencer i, PersonalData personal) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", i.id());
        v.put("name", i.name());
        v.put("handle", i.handle());
        v.put("platform", i.platform().id());
        v.put("platformZh", i.platform().zh());
        v.put("followers", i.followers());
        v.put("tier", i.tier().label());
        v.put("band", i.tier().band());
        v.put("er", i.engagementRate() == null ? "" : percent(i.engagementRate()));
        v.put("likes", i.avgLikes() == null ? "" : i.avgLikes().toString());
        v.put("comments", i.avgComments() == null ? "" : i.avgComments().toString());
        v.put("tags", List.copyOf(i.tags()));
        v.put("formats", List.copyOf(i.formats()));
        v.put("age", nz(i.audienceAge()));
        v.put("gender", nz(i.audienceGender()));
        v.put("region", nz(i.audienceRegion()));
        v.put("phone", nz(personal.phone(i.phone())));
        v.put("wechat", nz(personal.wechatId(i.wechatId())));
        v.put("wecom", nz(i.wecomExternalUserId()));
        v.put("openid", nz(i.mpOpenId()));
        v.put("sim", nz(i.simulatorId()));
        v.put("status", i.status().id());
        v.put("statusZh", i.status().zh());
        v.put("owner", i.owner());
        v.put("contract", i.contractEnd() == null ? "" : i.contractEnd().toString());
        v.put("archived", i.archived());
        v.put("score", i.scores().outOfTen().isPresent() ? String.valueOf(i.scores().outOfTen().getAsDouble()) : "");
        Map<String, String> cards = new HashMap<>();
        for (ScoreItem.ScoreCard card : ScoreItem.ScoreCard.values()) {
            var value = i.scores().card(card);
            cards.put(card.key(), value.isPresent() ? String.valueOf(Math.round(value.getAsDouble())) : "");
        }
        v.put("cards", cards);
        v.put("created", DATE.format(i.createdAt()));
        v.put("updated", DATE.format(i.updatedAt()));
        return v;
    }

    static String percent(double rate) {
        double pct = rate * 100;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format("%.2f", pct).replaceAll("0+$", "")) + "%";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
