package com.daren.bot.outreach;

import com.daren.outreach.OutreachSettings;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Outreach dispatch settings ({@code daren.outreach.*}); see {@link OutreachSettings} for what each means.
 *
 * @param optOutWords   an influencer message that is one of these (or starts with one) opts them out for good
 * @param sequencesFolder a folder of sequence files checked before the built-in {@code sequences/} on the classpath
 */
@Validated
@ConfigurationProperties("daren.outreach")
public record OutreachProperties(@NotNull @DefaultValue("P2D") Duration overdueHorizon,
                                 @NotNull @DefaultValue("PT30M") Duration lateSpread,
                                 @NotNull @DefaultValue("PT30S") Duration jitter,
                                 @Min(1) @DefaultValue("20") int perSecond,
                                 @Min(1) @DefaultValue("200") int perSenderDaily,
                                 @Min(1) @DefaultValue("5") int maxAttempts,
                                 @NotNull @DefaultValue("PT30S") Duration firstBackoff,
                                 @NotEmpty @DefaultValue({"退订", "TD", "td", "T", "不要再发", "别发了", "unsubscribe", "stop"})
                                 List<String> optOutWords,
                                 @DefaultValue("") String sequencesFolder) {

    public OutreachSettings settings() {
        return new OutreachSettings(overdueHorizon, lateSpread, jitter, perSecond, perSenderDaily, maxAttempts,
                firstBackoff);
    }
}
