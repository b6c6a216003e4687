package com.daren.bot.brief;

import com.daren.brief.BriefSettings;
import com.daren.command.Lang;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The industry brief ({@code daren.brief.*}); see {@link BriefSettings} for what each setting means. A group
 * without settings of its own gets the brief at {@code default-time} in its own zone (the group model's).
 */
@Validated
@ConfigurationProperties("daren.brief")
public record BriefProperties(@NotNull @DefaultValue("08:30") LocalTime defaultTime,
                              @NotNull @DefaultValue("Asia/Shanghai") ZoneId defaultZone,
                              @Min(1) @DefaultValue("8") int defaultCap,
                              @NotNull @DefaultValue("P2D") Duration maxAge,
                              @NotNull @DefaultValue("PT3H") Duration lateLimit,
                              @Min(1) @DefaultValue("10") int perSecond,
                              @Min(1) @DefaultValue("3") int maxAttempts,
                              @NotNull @DefaultValue("PT1M") Duration firstBackoff,
                              @NotNull @DefaultValue("PT1H") Duration fetchEvery,
                              @NotNull @DefaultValue("PT10M") Duration fetchLead,
                              @Min(1) @DefaultValue("8") int fetchThreads,
                              @NotNull @DefaultValue("PT10S") Duration fetchTimeout,
                              @NotNull @DefaultValue("2MB") DataSize maxFeedBytes,
                              @Min(1) @DefaultValue("200") int maxItemsPerFeed,
                              @NotNull @DefaultValue("P14D") Duration keepShown,
                              @DefaultValue("") String linkBase,
                              @DefaultValue({}) List<String> tips) {

    public BriefSettings settings() {
        return new BriefSettings(defaultTime, defaultZone, defaultCap, Lang.ZH, maxAge, lateLimit, perSecond, maxAttempts,
                firstBackoff, fetchEvery, fetchLead, fetchThreads, fetchTimeout, maxFeedBytes.toBytes(), maxItemsPerFeed, keepShown,
                linkBase, tips);
    }
}
