package com.daren.bot.community.points;

import com.daren.community.points.PointsLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Wires core's points ledger to Redis. */
@Configuration(proxyBeanMethods = false)
class PointsConfiguration {

    @Bean
    PointsLedger pointsLedger(StringRedisTemplate redis, PointsProperties properties, Clock clock) {
        return new PointsLedger(redis, properties.settings(), clock);
    }
}
