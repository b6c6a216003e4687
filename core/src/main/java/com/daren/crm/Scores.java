package com.daren.crm;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An influencer's scores. A scorecard (engagement, partnership, strategic; each 0–100) is either given directly
 * ({@code engagement=72}, or {@code 18/25} scaled to 72) or the sum of its sub-scores once all are given. The
 * total is the mean of the scorecards that have a value; {@link #outOfTen()} is the 10-point scale operators use.
 *
 * @param items sub-scores, each within its maximum
 * @param cards scorecards given directly, each 0–100; sub-scores given later replace them
 */
public record Scores(Map<ScoreItem, Integer> items, Map<ScoreItem.ScoreCard, Integer> cards) {

    public static final Scores NONE = new Scores(Map.of(), Map.of());

    public Scores {
        EnumMap<ScoreItem, Integer> itemCopy = new EnumMap<>(ScoreItem.class);
        items.forEach((item, value) -> {
            if (value < 0 || value > item.max()) {
                throw new IllegalArgumentException(item.key() + " must be 0–" + item.max() + ", was " + value);
            }
            itemCopy.put(item, value);
        });
        EnumMap<ScoreItem.ScoreCard, Integer> cardCopy = new EnumMap<>(ScoreItem.ScoreCard.class);
        cards.forEach((card, value) -> {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException(card.key() + " must be 0–100, was " + value);
            }
            cardCopy.put(card, value);
        });
        items = Collections.unmodifiableMap(itemCopy);
        cards = Collections.unmodifiableMap(cardCopy);
    }

    /** These sub-scores and scorecards replace what was there; a sub-score clears its card's direct value. */
    public Scores with(Map<ScoreItem, Integer> moreItems, Map<ScoreItem.ScoreCard, Integer> moreCards) {
        EnumMap<ScoreItem, Integer> mergedItems = new EnumMap<>(ScoreItem.class);
        mergedItems.putAll(items);
        mergedItems.putAll(moreItems);
        EnumMap<ScoreItem.ScoreCard, Integer> mergedCards = new EnumMap<>(ScoreItem.ScoreCard.class);
        mergedCards.putAll(cards);
        moreItems.keySet().forEach(item -> mergedCards.remove(item.card()));
        mergedCards.putAll(moreCards);
        return new Scores(mergedItems, mergedCards);
    }

    public OptionalDouble card(ScoreItem.ScoreCard card) {
        if (cards.containsKey(card)) {
            return OptionalDouble.of(cards.get(card));
        }
        if (!card.items().stream().allMatch(items::containsKey)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(card.items().stream().mapToInt(items::get).sum());
    }

    public OptionalDouble total() {
        return Arrays.stream(ScoreItem.ScoreCard.values()).map(this::card)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    public OptionalDouble outOfTen() {
        OptionalDouble total = total();
        return total.isPresent() ? OptionalDouble.of(Math.round(total.getAsDouble()) / 10.0) : OptionalDouble.empty();
    }

    public boolean isEmpty() {
        return items.isEmpty() && cards.isEmpty();
    }
}
