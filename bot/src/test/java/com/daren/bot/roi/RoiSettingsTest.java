package com.daren.bot.roi;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The ROI factors and budget mixes are typed settings, checked when the service starts. */
class RoiSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RoiProperties.class, BudgetProperties.class})
    static class Settings {
    }

    @Test
    void withNothingSetTheProductBriefsFactorsAndMixesApply() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            RoiProperties roi = context.getBean(RoiProperties.class);
            assertThat(roi.reachRate()).isEqualByComparingTo("0.3");
            assertThat(roi.clickRate()).isEqualByComparingTo("0.1");
            assertThat(roi.conversionRate()).isEqualByComparingTo("0.05");
            assertThat(context.getBean(BudgetProperties.class).mix(BudgetStage.MATURITY))
                    .isEqualTo(new BudgetProperties.Mix(5, 15, 50, 30));
        });
    }

    @Test
    void everyFactorCanBeChanged() {
        runner.withPropertyValues("daren.roi.reach-rate=0.25", "daren.roi.click-rate=0.2", "daren.roi.conversion-rate=0.02",
                        "daren.budget.growth.mega=0", "daren.budget.growth.macro=30", "daren.budget.growth.mid=40",
                        "daren.budget.growth.micro=30")
                .run(context -> {
                    assertThat(context.getBean(RoiProperties.class)).isEqualTo(new RoiProperties(
                            new BigDecimal("0.25"), new BigDecimal("0.2"), new BigDecimal("0.02")));
                    assertThat(context.getBean(BudgetProperties.class).mix(BudgetStage.GROWTH))
                            .isEqualTo(new BudgetProperties.Mix(0, 30, 40, 30));
                });
    }

    @Test
    void aRateAboveOneOrZeroStopsStartUpNamingTheKey() {
        runner.withPropertyValues("daren.roi.reach-rate=30").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("daren.roi").hasStackTraceContaining("reachRate"));
        runner.withPropertyValues("daren.roi.conversion-rate=0").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("conversionRate"));
    }

    @Test
    void aStageWhoseSharesDoNotAddUpTo100StopsStartUp() {
        runner.withPropertyValues("daren.budget.awareness.mega=50", "daren.budget.awareness.macro=30",
                        "daren.budget.awareness.mid=30", "daren.budget.awareness.micro=20")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("daren.budget.awareness").hasStackTraceContaining("add up to 100"));
    }
}
