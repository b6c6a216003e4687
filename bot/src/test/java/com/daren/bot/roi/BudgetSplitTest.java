package com.daren.bot.roi;

import com.daren.command.BadArgumentException;
import com.daren.crm.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetSplitTest {

    private static final BudgetProperties MIXES = new BudgetProperties(null, null, null);

    @Test
    void theDefaultMixesAreTheProductBriefs() {
        assertThat(MIXES.mix(BudgetStage.AWARENESS)).isEqualTo(new BudgetProperties.Mix(20, 30, 30, 20));
        assertThat(MIXES.mix(BudgetStage.GROWTH)).isEqualTo(new BudgetProperties.Mix(10, 20, 40, 30));
        assertThat(MIXES.mix(BudgetStage.MATURITY)).isEqualTo(new BudgetProperties.Mix(5, 15, 50, 30));
    }

    @Test
    void thirtyThousandAtMaturity() {
        assertThat(amounts(30_000, BudgetStage.MATURITY)).containsExactly(1_500L, 4_500L, 15_000L, 9_000L);
    }

    @Test
    void leftoverYuanGoToTheLargestFractionsSoThePartsAddUpExactly() {
        // 10,001 at maturity: exact shares 500.05 / 1,500.15 / 5,000.5 / 3,000.3 → one yuan left, to mid (.5).
        assertThat(amounts(10_001, BudgetStage.MATURITY)).containsExactly(500L, 1_500L, 5_001L, 3_000L);
        // 3 yuan at awareness: 0.6 / 0.9 / 0.9 / 0.6 → macro and mid (.9) first, then mega wins the tie on .6.
        assertThat(amounts(3, BudgetStage.AWARENESS)).containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void everyAmountAndStageSumsExactlyToTheTotal() {
        for (BudgetStage stage : BudgetStage.values()) {
            for (long total = 0; total <= 1_000; total++) {
                assertThat(amounts(total, stage).stream().mapToLong(Long::longValue).sum()).as(stage + " " + total)
                        .isEqualTo(total);
            }
            assertThat(amounts(9_999_999_999L, stage).stream().mapToLong(Long::longValue).sum()).isEqualTo(9_999_999_999L);
        }
    }

    @Test
    void sharesComeInTierOrderWithTheirPercent() {
        List<BudgetSplit.Share> shares = BudgetSplit.of(100, MIXES.mix(BudgetStage.GROWTH));
        assertThat(shares).extracting(BudgetSplit.Share::tier).containsExactly(Tier.MEGA, Tier.MACRO, Tier.MID, Tier.MICRO);
        assertThat(shares).extracting(BudgetSplit.Share::percent).containsExactly(10, 20, 40, 30);
    }

    @Test
    void aMixMustAddUpTo100() {
        assertThatThrownBy(() -> new BudgetProperties.Mix(20, 30, 30, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110");
    }

    @Test
    void stagesAreReadInEnglishOrChinese() {
        assertThat(BudgetStage.parse("maturity")).isEqualTo(BudgetStage.MATURITY);
        assertThat(BudgetStage.parse("Awareness")).isEqualTo(BudgetStage.AWARENESS);
        assertThat(BudgetStage.parse("认知")).isEqualTo(BudgetStage.AWARENESS);
        assertThat(BudgetStage.parse("增长期")).isEqualTo(BudgetStage.GROWTH);
        assertThat(BudgetStage.parse("成熟")).isEqualTo(BudgetStage.MATURITY);
        assertThatThrownBy(() -> BudgetStage.parse("launch")).isInstanceOf(BadArgumentException.class);
    }

    private static List<Long> amounts(long total, BudgetStage stage) {
        return BudgetSplit.of(total, MIXES.mix(stage)).stream().map(BudgetSplit.Share::amount).toList();
    }
}
