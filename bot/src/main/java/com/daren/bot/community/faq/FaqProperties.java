package com.daren.bot.community.faq;

import com.daren.community.faq.FaqEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Group FAQ ({@code daren.community.faq.*}).
 *
 * @param coolDown a question answered in a group is not answered there again within this
 * @param defaults the questions every group answers unless it replaces them (/group faq add with the same id)
 */
@Validated
@ConfigurationProperties("daren.community.faq")
public record FaqProperties(@NotNull @DefaultValue("PT10M") Duration coolDown,
                            @NotNull @DefaultValue({}) List<@Valid Default> defaults) {

    public List<FaqEntry> entries() {
        return defaults.stream().map(d -> new FaqEntry(d.id(), String.join(",", d.keywords()), null, d.template())).toList();
    }

    /**
     * @param keywords any of these in a message asks the question (folded like banned words)
     * @param template the answer, under templates/ (zh and _en)
     */
    public record Default(@NotBlank String id, @NotEmpty List<String> keywords, @NotBlank String template) {
    }
}
