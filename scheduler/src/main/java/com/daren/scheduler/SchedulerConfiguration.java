package com.daren.scheduler;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Properties;

/**
 * Quartz wiring. Jobs keep no state of their own and Quartz uses its in-memory store: after a restart the jobs are
 * registered again and pick up what Redis says is due, so nothing is lost with the process.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer darenQuartz(SchedulerSettings settings) {
        return factory -> {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
            properties.setProperty("org.quartz.scheduler.instanceName", "daren");
            factory.setQuartzProperties(properties);
            factory.setWaitForJobsToCompleteOnShutdown(true);
        };
    }
}
