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

    public record OperatorEntry(@NotBlank String id, String name, @NotNull Role role, @DefaultValue("ZH") Lang lang) {
    }
}
