package com.daren.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Influencer ⇄ Redis HASH. Field names are short because there are hundreds of thousands of records (the hash
 * stays a compact listpack); absent values are absent fields, never empty strings.
 */
final class InfluencerCodec {

    static final String VERSION = "ver";
    private static final String SCORE_ITEM = "s.";
    private static final String SCORE_CARD = "c.";

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("n", "name"), Map.entry("p", "platform"),
            Map.entry("h", "handle"), Map.entry("f", "followers"), Map.entry("er", "er"), Map.entry("al", "likes"),
            Map.entry("ac", "comments"), Map.entry("t", "tags"), Map.entry("fm", "formats"), Map.entry("aa", "age"),
            Map.entry("ag", "gender"), Map.entry("ar", "region"), Map.entry("ph", "phone"), Map.entry("wx", "wechat"),
            Map.entry("we", "wecom"), Map.entry("mo", "openid"), Map.entry("si", "sim"), Map.entry("o", "owner"),
            Map.entry("st", "status"), Map.entry("ce", "contract"), Map.entry("x", "archived"), Map.entry("ca", "created"));

    private InfluencerCodec() {
    }

    /** Personal data never goes into the audit log's before/after. */
    static boolean isPersonal(String field) {
        return field.equals("ph") || field.equals("wx");
    }

    /** A readable name for a stored field (score fields keep their s./c. prefix). */
    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    static Map<String, String> toHash(Influencer i) {
        Map<String, String> h = new LinkedHashMap<>();
        put(h, "n", i.name());
        put(h, "p", i.platform().id());
        put(h, "h", i.handle());
        put(h, "f", Long.toString(i.followers()));
        put(h, "er", i.engagementRate() == null ? null : Double.toString(i.engagementRate()));
        put(h, "al", i.avgLikes() == null ? null : Long.toString(i.avgLikes()));
        put(h, "ac", i.avgComments() == null ? null : Long.toString(i.avgComments()));
        put(h, "t", i.tags().isEmpty() ? null : String.join(",", i.tags()));
        put(h, "fm", i.formats().isEmpty() ? null : String.join(",", i.formats()));
        put(h, "aa", i.audienceAge());
        put(h, "ag", i.audienceGender());
        put(h, "ar", i.audienceRegion());
        put(h, "ph", i.phone());
        put(h, "wx", i.wechatId());
        put(h, "we", i.wecomExternalUserId());
        put(h, "mo", i.mpOpenId());
        put(h, "si", i.simulatorId());
        put(h, "o", i.owner().isEmpty() ? null : i.owner());
        put(h, "st", i.status().id());
        i.scores().items().forEach((item, v) -> h.put(SCORE_ITEM + item.key(), Integer.toString(v)));
        i.scores().cards().forEach((card, v) -> h.put(SCORE_CARD + card.key(), Integer.toString(v)));
        put(h, "ce", i.contractEnd() == null ? null : i.contractEnd().toString());
        put(h, "x", i.archived() ? "1" : null);
        put(h, "ca", Long.toString(i.createdAt().toEpochMilli()));
        put(h, "ua", Long.toString(i.updatedAt().toEpochMilli()));
        put(h, VERSION, i.version());
        return h;
    }

    static Influencer fromHash(String id, Map<Object, Object> raw) {
        Map<String, String> h = new LinkedHashMap<>();
        raw.forEach((k, v) -> h.put((String) k, (String) v));
        EnumMap<ScoreItem, Integer> items = new EnumMap<>(ScoreItem.class);
        EnumMap<ScoreItem.ScoreCard, Integer> cards = new EnumMap<>(ScoreItem.ScoreCard.class);
        h.forEach((k, v) -> {
            if (k.startsWith(SCORE_ITEM)) {
                items.put(ScoreItem.valueOf(k.substring(2).toUpperCase(Locale.ROOT)), Integer.parseInt(v));
            } else if (k.startsWith(SCORE_CARD)) {
                cards.put(ScoreItem.ScoreCard.valueOf(k.substring(2).toUpperCase(Locale.ROOT)), Integer.parseInt(v));
            }
        });
        return new Influencer(id, h.get("n"), Platform.valueOf(h.get("p").toUpperCase(Locale.ROOT)), h.get("h"),
                Long.parseLong(h.get("f")),
                h.containsKey("er") ? Double.valueOf(h.get("er")) : null,
                h.containsKey("al") ? Long.valueOf(h.get("al")) : null,
                h.containsKey("ac") ? Long.valueOf(h.get("ac")) : null,
                list(h.get("t")), list(h.get("fm")), h.get("aa"), h.get("ag"), h.get("ar"), h.get("ph"), h.get("wx"),
                h.get("we"), h.get("mo"), h.get("si"), h.get("o"),
                PipelineStatus.valueOf(h.get("st").toUpperCase(Locale.ROOT)),
                new Scores(items, cards),
                h.containsKey("ce") ? LocalDate.parse(h.get("ce")) : null,
                "1".equals(h.get("x")),
                Instant.ofEpochMilli(Long.parseLong(h.get("ca"))),
                Instant.ofEpochMilli(Long.parseLong(h.get("ua"))),
                h.get(VERSION));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void put(Map<String, String> h, String field, String value) {
        if (value != null) {
            h.put(field, value);
        }
    }
}
