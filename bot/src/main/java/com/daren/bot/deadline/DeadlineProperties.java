package com.daren.bot.deadline;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * @param zone           the zone deadline dates are days in
 * @param nudgeAt        the time of day nudges go out (T-3 days, T-1 day, the day after: overdue)
 * @param contractAhead  how long before a contract ends its owner is alerted (PRODUCT.md: 30 days)
 */
@Validated
@ConfigurationProperties("daren.deadlines")
record DeadlineProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
                          @NotNull @DefaultValue("09:00") LocalTime nudgeAt,
                          @NotNull @DefaultValue("P30D") Duration contractAhead) {
}
