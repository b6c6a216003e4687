package com.daren.bot.wecom;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The WeCom self-built app ({@code WECOM_*} environment variables). Unset corp id: the channel is off.
 *
 * @param apiBaseUrl where WxJava sends API calls; tests point it at a local fake WeChat server
 */
@Validated
@ConfigurationProperties("daren.wecom")
public record WeComProperties(String corpId, Integer agentId, String secret, String token,
                              @Pattern(regexp = "^$|^[A-Za-z0-9]{43}$",
                                      message = "must be the 43-character EncodingAESKey (WECOM_AES_KEY)")
                              String aesKey,
                              @NotBlank @DefaultValue("https://qyapi.weixin.qq.com") String apiBaseUrl) {

    public boolean enabled() {
        return corpId != null && !corpId.isBlank();
    }

    @AssertTrue(message = "WECOM_CORP_ID is set, so WECOM_AGENT_ID, WECOM_SECRET, WECOM_TOKEN and WECOM_AES_KEY must be set too")
    public boolean isComplete() {
        return !enabled() || (agentId != null && present(secret) && present(token) && present(aesKey));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
