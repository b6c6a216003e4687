package com.daren.bot.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalTime;
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
                                  @NotNull @DefaultValue("PT10S") Duration postTimeout,
                                  @Valid @NotNull @DefaultValue Welcome welcome,
                                  @Valid @NotNull @DefaultValue Activity activity,
                                  @Valid @NotNull @DefaultValue Broadcast broadcast) {

    /**
     * @param window     how long after the first join the combined welcome goes out (later joins ride along)
     * @param retryAfter when a welcome post failed for sure, try again after this
     */
    public record Welcome(@NotNull @DefaultValue("PT5S") Duration window,
                          @NotNull @DefaultValue("PT30S") Duration retryAfter) {
    }

    /**
     * @param keep          how long per-day counters are kept
     * @param alertAt       the group's local time the day's interaction is compared with the 7 days before
     * @param dropThreshold alert when the day is at least this fraction below the 7-day mean (0.2 = 20 %)
     * @param minAverage    no alert while the 7-day mean is below this (a near-silent group is not "dropping")
     */
    public record Activity(@NotNull @DefaultValue("P120D") Duration keep,
                           @NotNull @DefaultValue("23:30") LocalTime alertAt,
                           @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.2") double dropThreshold,
                           @DecimalMin("0") @DefaultValue("5") double minAverage) {
    }

    /**
     * Broadcast posts per route kind in each {@code window} (a group robot takes about 20 a minute); a broadcast
     * waits for the next window when a route's budget is used up.
     *
     * @param retryAfter  a post that failed for sure is tried again after this, up to {@code maxAttempts}
     * @param previewTtl  an unconfirmed broadcast is forgotten after this
     */
    public record Broadcast(@NotNull @DefaultValue("PT1M") Duration window,
                            @Min(1) @DefaultValue("20") int robotLimit,
                            @Min(1) @DefaultValue("20") int appChatLimit,
                            @Min(1) @DefaultValue("600") int simLimit,
                            @NotNull @DefaultValue("PT1M") Duration retryAfter,
                            @Min(1) @DefaultValue("3") int maxAttempts,
                            @NotNull @DefaultValue("P1D") Duration previewTtl) {

        public int limit(String route) {
            return switch (route) {
                case "robot" -> robotLimit;
                case "appchat" -> appChatLimit;
                default -> simLimit;
            };
        }
    }
}
