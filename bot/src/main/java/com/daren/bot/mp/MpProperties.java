package com.daren.bot.mp;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Official Account ({@code MP_*} environment variables). Unset app id: the channel is off. Without an AES key
 * the account must be in plaintext mode; with one, plaintext callbacks are refused (no downgrade).
 */
@Validated
@ConfigurationProperties("daren.mp")
public record MpProperties(String appId, String secret, String token,
                           @Pattern(regexp = "^$|^[A-Za-z0-9]{43}$",
                                   message = "must be the 43-character EncodingAESKey (MP_AES_KEY)")
                           String aesKey,
                           @NotBlank @DefaultValue("https://api.weixin.qq.com") String apiBaseUrl) {

    public boolean enabled() {
        return appId != null && !appId.isBlank();
    }

    public boolean encrypted() {
        return aesKey != null && !aesKey.isBlank();
    }

    @AssertTrue(message = "MP_APP_ID is set, so MP_SECRET and MP_TOKEN must be set too")
    public boolean isComplete() {
        return !enabled() || (secret != null && !secret.isBlank() && token != null && !token.isBlank());
    }
}
