package com.daren.bot.community;

import com.daren.community.GroupStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Wires core's group model to Redis. Group features (welcome, moderation, FAQ, activity …) build on these beans. */
@Configuration(proxyBeanMethods = false)
class CommunityConfiguration {

    @Bean
    GroupStore groupStore(StringRedisTemplate redis) {
        return new GroupStore(redis);
    }
}
