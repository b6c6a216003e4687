package com.daren.bot.crm.score;

import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import com.daren.crm.ScoreItem;
import com.daren.crm.ScoreItem.ScoreCard;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreInputTest {

    @Test
    void aSubScoreIsABareNumberOrAFractionOfItsMaximum() {
        assertThat(ScoreInput.item(ScoreItem.COMMENT_QUALITY, "18")).isEqualTo(18);
        assertThat(ScoreInput.item(ScoreItem.COMMENT_QUALITY, "18/25")).isEqualTo(18);
        assertThat(ScoreInput.item(ScoreItem.CONTENT_QUALITY, "30/30")).isEqualTo(30);
        assertThat(ScoreInput.item(ScoreItem.RESPONSIVENESS, "0")).isZero();
    }

    @Test
    void aFractionWithAnotherDenominatorIsRefusedNamingTheMaximum() {
        assertThatThrownBy(() -> ScoreInput.item(ScoreItem.COMMENT_QUALITY, "18/20"))
                .isInstanceOf(BadArgumentException.class)
                .satisfies(e -> assertThat(((BadArgumentException) e).problem().zh()).contains("评论质量满分是 25"));
    }

    @Test
    void aSubScoreAboveItsMaximumOrNotANumberIsRefused() {
        assertThatThrownBy(() -> ScoreInput.item(ScoreItem.RESPONSIVENESS, "21"))
                .isInstanceOf(BadArgumentException.class)
                .satisfies(e -> assertThat(((BadArgumentException) e).problem().en()).contains("0–20"));
        assertThatThrownBy(() -> ScoreInput.item(ScoreItem.RESPONSIVENESS, "-1")).isInstanceOf(BadArgumentException.class);
        assertThatThrownBy(() -> ScoreInput.item(ScoreItem.RESPONSIVENESS, "7.5")).isInstanceOf(BadArgumentException.class);
        assertThatThrownBy(() -> ScoreInput.item(ScoreItem.RESPONSIVENESS, "good")).isInstanceOf(BadArgumentException.class);
    }

    @Test
    void aWholeCardIsOutOf100OrAFractionScaledTo100() {
        assertThat(ScoreInput.card(ScoreCard.ENGAGEMENT, "72")).isEqualTo(72);
        assertThat(ScoreInput.card(ScoreCard.ENGAGEMENT, "18/25")).isEqualTo(72);
        assertThat(ScoreInput.card(ScoreCard.PARTNERSHIP, "7/9")).isEqualTo(78);
        assertThat(ScoreInput.card(ScoreCard.PARTNERSHIP, "1/8")).isEqualTo(13);
        assertThat(ScoreInput.card(ScoreCard.STRATEGIC, "8/10")).isEqualTo(80);
    }

    @Test
    void aCardOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ScoreInput.card(ScoreCard.ENGAGEMENT, "101")).isInstanceOf(BadArgumentException.class);
        assertThatThrownBy(() -> ScoreInput.card(ScoreCard.ENGAGEMENT, "26/25")).isInstanceOf(BadArgumentException.class);
        assertThatThrownBy(() -> ScoreInput.card(ScoreCard.ENGAGEMENT, "1/0")).isInstanceOf(BadArgumentException.class);
    }

    @Test
    void readsEveryScoreGivenByItsKey() {
        ScoreInput input = ScoreInput.from(ParsedArgs.of(Map.of("recent_er", "20", "comment_quality", "18/25",
                "strategic", "80")));
        assertThat(input.items()).containsExactlyInAnyOrderEntriesOf(Map.of(ScoreItem.RECENT_ER, 20, ScoreItem.COMMENT_QUALITY, 18));
        assertThat(input.cards()).containsExactlyEntriesOf(Map.of(ScoreCard.STRATEGIC, 80));
    }

    @Test
    void noScoreAtAllIsAUsageError() {
        assertThatThrownBy(() -> ScoreInput.from(ParsedArgs.of(Map.of("handle", "lily"))))
                .isInstanceOf(BadArgumentException.class);
    }

    @Test
    void aCardAndOneOfItsOwnSubScoresTogetherAreRefused() {
        assertThatThrownBy(() -> ScoreInput.from(ParsedArgs.of(Map.of("engagement", "72", "growth", "20"))))
                .isInstanceOf(BadArgumentException.class)
                .satisfies(e -> assertThat(((BadArgumentException) e).problem().zh()).contains("二选一"));
        assertThat(ScoreInput.from(ParsedArgs.of(Map.of("engagement", "72", "results", "20"))).items())
                .containsOnlyKeys(ScoreItem.RESULTS);
    }

    @Test
    void everyItemAndCardIsAnOptionWithItsChineseNameAndAliases() {
        var options = ScoreInput.options();
        assertThat(options).hasSize(ScoreItem.values().length + ScoreCard.values().length);
        for (ScoreItem item : ScoreItem.values()) {
            var option = options.stream().filter(o -> o.name().equals(item.key())).findFirst().orElseThrow();
            assertThat(option.answersTo(item.zh())).isTrue();
            assertThat(option.mandatory()).isFalse();
        }
        assertThat(options.stream().filter(o -> o.answersTo("互动")).findFirst().orElseThrow().name()).isEqualTo("engagement");
        assertThat(options.stream().filter(o -> o.answersTo("comment-quality")).findFirst().orElseThrow().name())
                .isEqualTo("comment_quality");
    }

    @Test
    void theAliasCopyStillMatchesScoreItem() {
        ScoreInput.KNOWN_ALIASES.forEach((item, aliases) ->
                aliases.forEach(alias -> assertThat(ScoreItem.parse(alias)).as(alias).contains(item)));
    }

    @Test
    void noTwoOptionsAnswerToTheSameKey() {
        var options = ScoreInput.options();
        var keys = options.stream().flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()),
                o.aliases().stream())).map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(keys).doesNotHaveDuplicates().doesNotContain("platform", "handle", "平台");
    }
}
