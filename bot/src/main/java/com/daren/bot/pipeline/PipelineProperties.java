package com.daren.bot.pipeline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * Pipeline health targets (PRODUCT.md), as fractions: {@code /pipeline} marks a rate ✅ when it reaches its target.
 *
 * @param outreachResponseTarget      outreach → response, default 0.30
 * @param responsePartnershipTarget   response → partnership, default 0.50
 */
@Validated
@ConfigurationProperties("daren.pipeline")
public record PipelineProperties(
        @NotNull @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.30") BigDecimal outreachResponseTarget,
        @NotNull @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.50") BigDecimal responsePartnershipTarget) {
}
