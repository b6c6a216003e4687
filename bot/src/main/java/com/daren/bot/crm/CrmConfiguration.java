package com.daren.bot.crm;

import com.daren.crm.InfluencerStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    @Bean
    InfluencerStore influencerStore(StringRedisTemplate redis, Clock clock) {
        return new InfluencerStore(redis, clock);
    }
}
