package com.daren.bot.callback;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How WeChat callbacks are checked and answered.
 *
 * @param maxClockSkew       callbacks whose timestamp is further than this from our clock are refused (replay
 *                           window); {@code 0} turns the check off, e.g. to replay WeChat's published samples
 *                           ({@code WECOM_MAX_CLOCK_SKEW})
 * @param maxBody            larger callback bodies are refused with 413
 * @param passiveReplyBudget how long a callback waits for the answer before acknowledging and sending it through
 *                           the API instead (WeChat gives up after 5 s)
 */
@Validated
@ConfigurationProperties("daren.callback")
public record CallbackProperties(@NotNull @DefaultValue("PT5M") Duration maxClockSkew,
                                 @NotNull @DefaultValue("64KB") DataSize maxBody,
                                 @NotNull @DefaultValue("PT3S") Duration passiveReplyBudget) {

    public boolean checksClock() {
        return !maxClockSkew.isZero() && !maxClockSkew.isNegative();
    }
}
