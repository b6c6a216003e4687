package com.daren.bot.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * With no Redis configured ({@code REDIS_URL} unset), starts a real redis-server on a free loopback port before
 * the context is built and points Spring Data Redis at it; a fresh machine needs nothing but a JDK and Maven.
 * With {@code REDIS_URL} set, maps it to {@code spring.data.redis.url} and starts nothing.
 */
public class EmbeddedRedisStarter implements EnvironmentPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisStarter.class);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("REDIS_URL");
        if (!StringUtils.hasText(url)) {
            url = environment.getProperty("spring.data.redis.url");
        }
        if (StringUtils.hasText(url)) {
            environment.getPropertySources().addFirst(new MapPropertySource("daren-redis-url",
                    Map.of("spring.data.redis.url", url)));
            return;
        }
        if (!environment.getProperty("daren.redis.embedded.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = environment.getProperty("daren.redis.embedded.data-dir", "");
        EmbeddedRedis redis = EmbeddedRedis.start(dataDir);
        log.info("No REDIS_URL set: started embedded redis-server on 127.0.0.1:{} ({})", redis.port(),
                dataDir.isBlank() ? "in memory, nothing kept" : "data kept in " + dataDir);
        environment.getPropertySources().addFirst(new MapPropertySource("daren-embedded-redis", Map.of(
                "spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", redis.port())));
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                redis.stop();
            }
        });
    }

    @Override
    public int getOrder() {
        // After config files are read, so daren.redis.* from application.yml is visible.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
