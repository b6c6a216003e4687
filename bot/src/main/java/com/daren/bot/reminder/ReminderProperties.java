package com.daren.bot.reminder;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * @param zone      the zone time phrases are read in (明天上午10点 is 10:00 there)
 * @param maxActive active reminders one person may have at once (anyone may set reminders, so this bounds it)
 */
@Validated
@ConfigurationProperties("daren.reminders")
record ReminderProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
                          @Min(1) @DefaultValue("50") int maxActive) {
}
