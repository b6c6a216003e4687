package com.daren.bot.roi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * The ROI estimate's factors (PRODUCT.md), each a fraction above 0 and at most 1; start-up fails on anything else.
 *
 * @param reachRate      share of followers who see a post (reach = followers × this), default 0.3
 * @param clickRate      share of engagements that click through, default 0.1
 * @param conversionRate share of clicks that buy, default 0.05
 */
@Validated
@ConfigurationProperties("daren.roi")
public record RoiProperties(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @DefaultValue("0.3") BigDecimal reachRate,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @DefaultValue("0.1") BigDecimal clickRate,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @DefaultValue("0.05") BigDecimal conversionRate) {
}
