package com.daren.bot.roi;

import com.daren.command.BadArgumentException;
import com.daren.command.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoiEstimateTest {

    private static final RoiProperties DEFAULTS = new RoiProperties(new BigDecimal("0.3"), new BigDecimal("0.1"),
            new BigDecimal("0.05"));

    @Test
    void productBriefExample50kFollowers8PercentErCost2000Aov150GivesRoas045() {
        RoiEstimate e = RoiEstimate.of(50_000, new BigDecimal("0.08"), new BigDecimal("2000"), new BigDecimal("150"), DEFAULTS);
        assertThat(e.reach()).isEqualByComparingTo("15000");
        assertThat(e.engagements()).isEqualByComparingTo("1200");
        assertThat(e.clicks()).isEqualByComparingTo("120");
        assertThat(e.conversions()).isEqualByComparingTo("6");
        assertThat(e.revenue()).isEqualByComparingTo("900");
        assertThat(e.roas()).isEqualByComparingTo("0.45");
        assertThat(e.paysBack()).isFalse();
        assertThat(e.breakEvenConversions()).isEqualTo(14);
    }

    @Test
    void anErReadAsADoubleGivesTheSameExactAnswer() {
        RoiEstimate e = RoiEstimate.of(50_000, BigDecimal.valueOf(0.08), new BigDecimal("2000"), new BigDecimal("150"), DEFAULTS);
        assertThat(e.roas()).isEqualByComparingTo("0.45");
        assertThat(RoiCommand.view(e)).containsEntry("roas", "0.45").containsEntry("reach", "15,000")
                .containsEntry("engagements", "1,200").containsEntry("clicks", "120").containsEntry("conversions", "6")
                .containsEntry("revenue", "¥900").containsEntry("cost", "¥2,000").containsEntry("er", "8%")
                .containsEntry("reachRate", "30%");
    }

    @Test
    void everyFactorComesFromTheSettings() {
        RoiProperties doubled = new RoiProperties(new BigDecimal("0.6"), new BigDecimal("0.2"), new BigDecimal("0.1"));
        RoiEstimate e = RoiEstimate.of(50_000, new BigDecimal("0.08"), new BigDecimal("2000"), new BigDecimal("150"), doubled);
        assertThat(e.roas()).isEqualByComparingTo("3.6");
        assertThat(e.paysBack()).isTrue();
    }

    @Test
    void smallExpectedCountsKeepOneDecimal() {
        RoiEstimate e = RoiEstimate.of(5_000, new BigDecimal("0.08"), new BigDecimal("500"), new BigDecimal("99.9"), DEFAULTS);
        assertThat(RoiCommand.view(e)).containsEntry("conversions", "0.6").containsEntry("aov", "¥99.9")
                .containsEntry("revenue", "¥59.94");
    }

    @Test
    void aTinyRoasIsNotShownAsZero() {
        assertThat(RoiCommand.roas(new BigDecimal("0.0043"))).isEqualTo("<0.01");
        assertThat(RoiCommand.roas(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(RoiCommand.roas(new BigDecimal("1.205"))).isEqualTo("1.21");
    }

    @Test
    void amountsAreReadAsOperatorsTypeThem() {
        Text cost = Text.of("成本", "cost");
        assertThat(Money.parse("2000", cost)).isEqualByComparingTo("2000");
        assertThat(Money.parse("¥2,000", cost)).isEqualByComparingTo("2000");
        assertThat(Money.parse("2000元", cost)).isEqualByComparingTo("2000");
        assertThat(Money.parse("2k", cost)).isEqualByComparingTo("2000");
        assertThat(Money.parse("1.5万", cost)).isEqualByComparingTo("15000");
        assertThat(Money.parse("3W", cost)).isEqualByComparingTo("30000");
        assertThat(Money.parse("149.9", cost)).isEqualByComparingTo("149.9");
        for (String bad : new String[] {"0", "-5", "abc", "1e5", "¥", "2kk"}) {
            assertThatThrownBy(() -> Money.parse(bad, cost)).as(bad).isInstanceOf(BadArgumentException.class);
        }
    }

    @Test
    void aNegativeOrZeroInputIsAProgrammingError() {
        assertThatThrownBy(() -> RoiEstimate.of(1, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
