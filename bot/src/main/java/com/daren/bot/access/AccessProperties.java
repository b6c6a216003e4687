package com.daren.bot.access;

import com.daren.access.Role;
import com.daren.command.Lang;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The team roster (config/operators.yml): who may steer the bot, with which role. Ids are what people write from:
 * a WeCom userid, an Official Account openid, or a simulator sender name.
 */
@Validated
@ConfigurationProperties("daren.access")
public record AccessProperties(@DefaultValue({}) List<@Valid OperatorEntry> operators) {

    /**
     * @param apiKey optional credential for the REST API ({@code Authorization: Bearer <key>}); at least 16
     *               characters, unique across the roster (checked at start-up by the api module), never logged
     */
    public record OperatorEntry(@NotBlank String id, String name, @NotNull Role role, @DefaultValue("ZH") Lang lang,
                                String apiKey) {

        @Override
        public String toString() {
            return "OperatorEntry[id=" + id + ", name=" + name + ", role=" + role + ", lang=" + lang
                    + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
        }
    }
}
