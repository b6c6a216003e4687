package com.daren.bot.report;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;
import java.util.List;

/**
 * @param recipients who gets the scheduled reports; empty means every operator and admin in the roster
 * @param zone       the zone /report reads "today" in (scheduled reports use their schedule's zone)
 */
@Validated
@ConfigurationProperties("daren.reports")
record ReportProperties(@DefaultValue({}) List<String> recipients, @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
