package com.daren.bot.community.points;

import com.daren.community.points.PointsSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Check-in and points ({@code daren.community.points.*}); days count in each group's own zone.
 *
 * @param checkIn        points for a check-in (签到)
 * @param streakBonus    extra points per consecutive day after the first, up to {@code streakBonusCap}
 * @param helpfulAnswer  points an operator gives with /points helpful @member
 * @param maxAward       the most one /points give may add or take
 * @param rankSize       how many members /rank shows
 */
@Validated
@ConfigurationProperties("daren.community.points")
public record PointsProperties(@Min(0) @DefaultValue("5") int checkIn,
                               @Min(0) @DefaultValue("1") int streakBonus,
                               @Min(0) @DefaultValue("5") int streakBonusCap,
                               @Min(0) @DefaultValue("10") int helpfulAnswer,
                               @Min(1) @DefaultValue("1000") int maxAward,
                               @Min(1) @Max(50) @DefaultValue("10") int rankSize,
                               @Min(10) @DefaultValue("1000") int keepLog) {

    public PointsSettings settings() {
        return new PointsSettings(checkIn, streakBonus, streakBonusCap, maxAward, keepLog);
    }
}
