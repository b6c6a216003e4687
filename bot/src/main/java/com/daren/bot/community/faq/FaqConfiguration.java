package com.daren.bot.community.faq;

import com.daren.community.faq.FaqBook;
import com.daren.community.faq.FaqStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Wires core's FAQ store and matcher. */
@Configuration(proxyBeanMethods = false)
class FaqConfiguration {

    @Bean
    FaqStore faqStore(StringRedisTemplate redis, FaqProperties properties, Clock clock) {
        return new FaqStore(redis, properties.entries(), properties.coolDown(), clock);
    }

    @Bean
    FaqBook faqBook() {
        return new FaqBook();
    }
}
