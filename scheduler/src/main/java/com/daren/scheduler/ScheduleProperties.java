package com.daren.scheduler;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The cron jobs (config/application.yml, {@code daren.schedules}).
 *
 * @param jobs    job name to its Quartz cron expression and zone
 * @param catchUp a firing missed by at most this much (the instance was restarting at that minute) runs at start-up,
 *                once, unless another instance already ran it
 */
@Validated
@ConfigurationProperties("daren.schedules")
public record ScheduleProperties(@DefaultValue Map<String, @Valid Cron> jobs,
                                 @NotNull @DefaultValue("PT10M") Duration catchUp) {

    /** E.g. {@code {cron: "0 0 18 * * ?", zone: Asia/Shanghai}}. */
    public record Cron(@NotBlank String cron, @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {
    }
}
