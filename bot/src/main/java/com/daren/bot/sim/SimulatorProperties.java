package com.daren.bot.sim;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local simulator channel ({@code DAREN_SIMULATOR}). It lets anyone speak as anyone, so it is on for local
 * runs and must be off in production: the {@code prod} profile refuses to start with it on.
 */
@ConfigurationProperties("daren.simulator")
public record SimulatorProperties(@DefaultValue("true") boolean enabled) {
}
