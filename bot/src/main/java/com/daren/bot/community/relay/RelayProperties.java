package com.daren.bot.community.relay;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The signed relay ({@code daren.relay.*}): a team's own gateway forwards group messages it can see.
 *
 * @param secret  the shared HMAC-SHA256 key (env {@code DAREN_RELAY_SECRET}); empty turns the endpoint off
 * @param window  how far a request's timestamp may be from now; its signature is remembered twice as long
 * @param maxBody the largest request body accepted
 */
@Validated
@ConfigurationProperties("daren.relay")
public record RelayProperties(@DefaultValue("") String secret,
                              @NotNull @DefaultValue("PT5M") Duration window,
                              @DefaultValue("65536") int maxBody) {
}
