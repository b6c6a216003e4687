package com.daren.bot;

import com.daren.testkit.SettableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * {@link DarenIntegrationTest} with the application's clock replaced by a {@link SettableClock} the test moves
 * (commands, the timer and the cron jobs all read it). Every class using it shares one application context, so each
 * test sets the time it needs first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DarenIntegrationTest
@Import(TimedIntegrationTest.Time.class)
public @interface TimedIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Time {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.parse("2026-11-25T07:10:00Z"));
        }
    }
}
