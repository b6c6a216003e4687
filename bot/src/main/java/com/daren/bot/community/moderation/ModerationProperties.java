package com.daren.bot.community.moderation;

import com.daren.community.moderation.ModerationSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Group moderation ({@code daren.community.moderation.*}).
 *
 * @param bannedWords      global banned words shipped with the deployment (chat adds more per group or globally)
 * @param bannedWordsFile  an optional file of more global words, one per line ({@code #} starts a comment)
 * @param adPhrases        phrases that mark advertising or traffic-pulling (加V, 扫码 …), matched like banned words
 * @param strikeWindow     strikes older than this are forgotten
 * @param notifyOwnerAt    from this strike in the window on, the owner operator gets the message
 * @param removeRequestAt  at this strike the owner is asked to remove the member by hand
 * @param keepLog          actions kept per group for /group violations
 * @param recheck          how often an instance looks for banned-word changes made by another instance
 */
@Validated
@ConfigurationProperties("daren.community.moderation")
public record ModerationProperties(@NotNull @DefaultValue({}) List<String> bannedWords,
                                   @DefaultValue("") String bannedWordsFile,
                                   @NotNull @DefaultValue({}) List<String> adPhrases,
                                   @NotNull @DefaultValue("P7D") Duration strikeWindow,
                                   @Min(1) @DefaultValue("2") int notifyOwnerAt,
                                   @Min(1) @DefaultValue("3") int removeRequestAt,
                                   @Min(10) @Max(100_000) @DefaultValue("500") int keepLog,
                                   @NotNull @DefaultValue("PT5S") Duration recheck) {

    public ModerationSettings settings() {
        return new ModerationSettings(strikeWindow, notifyOwnerAt, removeRequestAt, keepLog);
    }
}
