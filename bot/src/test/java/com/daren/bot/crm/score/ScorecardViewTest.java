package com.daren.bot.crm.score;

import com.daren.crm.ScoreItem;
import com.daren.crm.ScoreItem.ScoreCard;
import com.daren.crm.Scores;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.daren.crm.ScoreItem.AUDIENCE_MATCH;
import static com.daren.crm.ScoreItem.BRAND_ALIGNMENT;
import static com.daren.crm.ScoreItem.COMMENT_QUALITY;
import static com.daren.crm.ScoreItem.COMPETITIVE_EDGE;
import static com.daren.crm.ScoreItem.CONSISTENCY;
import static com.daren.crm.ScoreItem.GROWTH;
import static com.daren.crm.ScoreItem.GROWTH_POTENTIAL;
import static com.daren.crm.ScoreItem.RECENT_ER;
import static org.assertj.core.api.Assertions.assertThat;

class ScorecardViewTest {

    @Test
    void actionBandsFollowTheTenPointScale() {
        assertThat(ActionBand.of(9.0)).isEqualTo(ActionBand.AMBASSADOR);
        assertThat(ActionBand.of(9.6)).isEqualTo(ActionBand.AMBASSADOR);
        assertThat(ActionBand.of(8.9)).isEqualTo(ActionBand.KEEP);
        assertThat(ActionBand.of(7.0)).isEqualTo(ActionBand.KEEP);
        assertThat(ActionBand.of(6.9)).isEqualTo(ActionBand.REVIEW);
    }

    @Test
    void aCompleteCardIsTheSumOfItsSubScoresAndAnIncompleteOneIsNotRated() {
        Scores scores = Scores.NONE.with(items(RECENT_ER, 20, COMMENT_QUALITY, 23, CONSISTENCY, 15, GROWTH, 12,
                AUDIENCE_MATCH, 25), Map.of(ScoreCard.PARTNERSHIP, 80));
        Map<String, Object> v = ScorecardView.of(scores);
        List<Map<String, Object>> cards = cards(v);
        assertThat(cards.get(0)).containsEntry("value", "70");
        assertThat(cards.get(1)).containsEntry("value", "80").containsEntry("direct", true);
        assertThat(cards.get(2)).containsEntry("value", "").containsEntry("itemsRated", 1L);
        assertThat(v).containsEntry("total", "75").containsEntry("outOfTen", "7.5").containsEntry("cardsRated", 2)
                .containsEntry("band", "keep").containsEntry("bandZh", "继续合作");
    }

    @Test
    void strengthsAreTheSubScoresAtEightyPercentAndWeaknessesThoseBelowSixty() {
        Scores scores = Scores.NONE.with(items(RECENT_ER, 20, COMMENT_QUALITY, 23, CONSISTENCY, 14, GROWTH, 16,
                AUDIENCE_MATCH, 24, BRAND_ALIGNMENT, 10), Map.of());
        List<ScoreItem> strengths = ScorecardView.strengths(scores);
        assertThat(strengths).containsExactly(COMMENT_QUALITY, RECENT_ER, AUDIENCE_MATCH);
        assertThat(ScorecardView.weaknesses(scores, strengths)).containsExactly(BRAND_ALIGNMENT, CONSISTENCY);
    }

    @Test
    void withoutAnyStrongSubScoreTheTwoBestAreStrengthsAndTheTwoWeakestOfTheRestWeaknesses() {
        Scores scores = Scores.NONE.with(items(AUDIENCE_MATCH, 21, BRAND_ALIGNMENT, 20, GROWTH_POTENTIAL, 14,
                COMPETITIVE_EDGE, 13), Map.of());
        List<ScoreItem> strengths = ScorecardView.strengths(scores);
        assertThat(strengths).containsExactly(AUDIENCE_MATCH, GROWTH_POTENTIAL);
        assertThat(ScorecardView.weaknesses(scores, strengths)).containsExactly(COMPETITIVE_EDGE, BRAND_ALIGNMENT);
    }

    @Test
    void allStrongMeansNoWeakness() {
        Scores scores = Scores.NONE.with(items(RECENT_ER, 25, COMMENT_QUALITY, 24), Map.of());
        List<ScoreItem> strengths = ScorecardView.strengths(scores);
        assertThat(strengths).containsExactly(RECENT_ER, COMMENT_QUALITY);
        assertThat(ScorecardView.weaknesses(scores, strengths)).isEmpty();
    }

    @Test
    void nothingRatedHasNoTotalAndNoBand() {
        Map<String, Object> v = ScorecardView.of(Scores.NONE);
        assertThat(v).containsEntry("total", "").containsEntry("outOfTen", "").containsEntry("band", "")
                .containsEntry("hasItems", false);
        assertThat((List<?>) v.get("strengths")).isEmpty();
    }

    @Test
    void ninetyIsAnAmbassadorCandidate() {
        Scores scores = Scores.NONE.with(Map.of(), Map.of(ScoreCard.ENGAGEMENT, 92, ScoreCard.PARTNERSHIP, 90,
                ScoreCard.STRATEGIC, 88));
        assertThat(ScorecardView.of(scores)).containsEntry("outOfTen", "9.0").containsEntry("band", "ambassador");
    }

    private static Map<ScoreItem, Integer> items(Object... pairs) {
        Map<ScoreItem, Integer> m = new EnumMap<>(ScoreItem.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ScoreItem) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cards(Map<String, Object> v) {
        return (List<Map<String, Object>>) v.get("cards");
    }
}
