package com.daren.bot.crm.score;

import com.daren.crm.Influencer;
import com.daren.crm.ScoreItem;
import com.daren.crm.ScoreItem.ScoreCard;
import com.daren.crm.Scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scorecard as templates see it: each card out of 100 (empty when not all its sub-scores are in), the total
 * out of 100 and on the 10-point scale, the action band, strengths and weaknesses.
 *
 * <p>Strengths are the sub-scores at 80% of their maximum or more; when none is, the two best. Weaknesses are the
 * other sub-scores below 60%; when none is, the two weakest that are not strengths. Both come from sub-scores
 * only: a scorecard given as one number has no parts to name.
 */
final class ScorecardView {

    static final double STRONG = 0.8;
    static final double WEAK = 0.6;
    private static final int FALLBACK = 2;

    private ScorecardView() {
    }

    static Map<String, Object> of(Influencer influencer) {
        Map<String, Object> v = of(influencer.scores());
        v.put("name", influencer.name());
        v.put("handle", influencer.handle());
        v.put("platform", influencer.platform().id());
        v.put("platformZh", influencer.platform().zh());
        return v;
    }

    static Map<String, Object> of(Scores scores) {
        Map<String, Object> v = new LinkedHashMap<>();
        List<Map<String, Object>> cards = new ArrayList<>();
        int cardsRated = 0;
        for (ScoreCard card : ScoreCard.values()) {
            OptionalDouble value = scores.card(card);
            cardsRated += value.isPresent() ? 1 : 0;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("key", card.key());
            c.put("zh", card.zh());
            c.put("value", value.isPresent() ? Long.toString(Math.round(value.getAsDouble())) : "");
            c.put("direct", scores.cards().containsKey(card));
            c.put("itemsRated", card.items().stream().filter(scores.items()::containsKey).count());
            c.put("itemsTotal", card.items().size());
            cards.add(c);
        }
        v.put("cards", cards);
        v.put("cardsRated", cardsRated);
        v.put("cardsTotal", ScoreCard.values().length);
        OptionalDouble total = scores.total();
        OptionalDouble outOfTen = scores.outOfTen();
        v.put("total", total.isPresent() ? Long.toString(Math.round(total.getAsDouble())) : "");
        v.put("outOfTen", outOfTen.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", outOfTen.getAsDouble()) : "");
        ActionBand band = outOfTen.isPresent() ? ActionBand.of(outOfTen.getAsDouble()) : null;
        v.put("band", band == null ? "" : band.name().toLowerCase(java.util.Locale.ROOT));
        v.put("bandZh", band == null ? "" : band.zh());
        v.put("bandEn", band == null ? "" : band.en());
        List<ScoreItem> strengths = strengths(scores);
        v.put("strengths", strengths.stream().map(i -> item(i, scores)).toList());
        v.put("weaknesses", weaknesses(scores, strengths).stream().map(i -> item(i, scores)).toList());
        v.put("hasItems", !scores.items().isEmpty());
        return v;
    }

    static List<ScoreItem> strengths(Scores scores) {
        List<ScoreItem> best = rated(scores, Comparator.comparingDouble((ScoreItem i) -> -ratio(i, scores)));
        List<ScoreItem> strong = best.stream().filter(i -> ratio(i, scores) >= STRONG).toList();
        return strong.isEmpty() ? best.stream().limit(FALLBACK).toList() : strong;
    }

    static List<ScoreItem> weaknesses(Scores scores, List<ScoreItem> strengths) {
        List<ScoreItem> worst = rated(scores, Comparator.comparingDouble((ScoreItem i) -> ratio(i, scores))).stream()
                .filter(i -> !strengths.contains(i)).toList();
        List<ScoreItem> weak = worst.stream().filter(i -> ratio(i, scores) < WEAK).toList();
        return weak.isEmpty() ? worst.stream().limit(FALLBACK).toList() : weak;
    }

    /** Sub-scores given, in the order asked; ties keep PRODUCT.md's order. */
    private static List<ScoreItem> rated(Scores scores, Comparator<ScoreItem> order) {
        return scores.items().keySet().stream().sorted(order.thenComparing(Enum::ordinal)).toList();
    }

    private static double ratio(ScoreItem item, Scores scores) {
        return scores.items().get(item) / (double) item.max();
    }

    private static Map<String, Object> item(ScoreItem item, Scores scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", item.key());
        m.put("zh", item.zh());
        m.put("en", ScoreInput.englishName(item));
        m.put("value", scores.items().get(item));
        m.put("max", item.max());
        return m;
    }
}
