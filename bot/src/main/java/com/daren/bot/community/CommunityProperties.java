package com.daren.bot.community;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Group settings shared by the group features ({@code daren.community.*}).
 *
 * @param zone        the zone a newly bound group counts its days in (activity, the daily drop alert)
 * @param postTimeout how long a group robot webhook post may take before its outcome counts as unknown
 */
@Validated
@ConfigurationProperties("daren.community")
public record CommunityProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
                                  @NotNull @DefaultValue("PT10S") Duration postTimeout) {
}
