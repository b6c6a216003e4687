package com.daren.bot.roi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code /budget} spreads a budget over tiers at each stage, in whole percent (PRODUCT.md's mix when not set):
 * awareness 20/30/30/20, growth 10/20/40/30, maturity 5/15/50/30 (mega/macro/mid/micro). Each stage's four
 * shares must add up to 100, or start-up fails naming the stage.
 */
@Validated
@ConfigurationProperties("daren.budget")
public record BudgetProperties(@Valid Mix awareness, @Valid Mix growth, @Valid Mix maturity) {

    public BudgetProperties {
        awareness = awareness == null ? new Mix(20, 30, 30, 20) : awareness;
        growth = growth == null ? new Mix(10, 20, 40, 30) : growth;
        maturity = maturity == null ? new Mix(5, 15, 50, 30) : maturity;
    }

    Mix mix(BudgetStage stage) {
        return switch (stage) {
            case AWARENESS -> awareness;
            case GROWTH -> growth;
            case MATURITY -> maturity;
        };
    }

    /** Percent of the budget for each tier; nano influencers come under micro. */
    public record Mix(@Min(0) @Max(100) int mega, @Min(0) @Max(100) int macro, @Min(0) @Max(100) int mid,
                      @Min(0) @Max(100) int micro) {

        public Mix {
            int sum = mega + macro + mid + micro;
            if (sum != 100) {
                throw new IllegalArgumentException("mega + macro + mid + micro must add up to 100 (percent), not " + sum);
            }
        }
    }
}
