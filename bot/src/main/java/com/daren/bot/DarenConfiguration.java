package com.daren.bot;

import com.daren.audit.AuditLog;
import com.daren.template.MessageTemplates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** The shared pieces from core that every feature uses. */
@Configuration(proxyBeanMethods = false)
class DarenConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MessageTemplates messageTemplates(TemplateSettings settings) {
        return MessageTemplates.fromClasspathAndFolder(settings.folder());
    }

    @Bean
    AuditLog auditLog(StringRedisTemplate redis) {
        return new AuditLog(redis);
    }

    /**
     * @param folder a folder of templates that override the built-in ones (edit without rebuilding); the
     *               repository's {@code templates/} when run from a clone
     */
    @ConfigurationProperties("daren.templates")
    record TemplateSettings(String folder) {
    }
}
