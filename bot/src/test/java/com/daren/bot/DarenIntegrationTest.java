package com.daren.bot;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a random port, with its own embedded redis-server that keeps nothing between runs.
 * Add {@code properties} through {@code @TestPropertySource} or {@code @DynamicPropertySource} in the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DarenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"daren.redis.embedded.data-dir=", "daren.templates.folder="})
public @interface DarenIntegrationTest {
}
