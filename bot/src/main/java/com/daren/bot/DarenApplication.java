package com.daren.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Daren: one service that talks to WeChat for an influencer-marketing team. */
@SpringBootApplication(scanBasePackages = {"com.daren.bot", "com.daren.scheduler"})
@ConfigurationPropertiesScan(basePackages = {"com.daren.bot", "com.daren.scheduler"})
public class DarenApplication {

    public static void main(String[] args) {
        SpringApplication.run(DarenApplication.class, args);
    }
}
