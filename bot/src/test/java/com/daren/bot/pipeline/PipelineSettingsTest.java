package com.daren.bot.pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PipelineProperties.class)
    static class Settings {
    }

    @Test
    void targetsDefaultToThirtyAndFiftyPercent() {
        runner.run(context -> {
            PipelineProperties targets = context.getBean(PipelineProperties.class);
            assertThat(targets.outreachResponseTarget()).isEqualByComparingTo("0.30");
            assertThat(targets.responsePartnershipTarget()).isEqualByComparingTo("0.50");
        });
    }

    @Test
    void aTargetAbove100PercentStopsStartUp() {
        runner.withPropertyValues("daren.pipeline.outreach-response-target=30").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("outreachResponseTarget"));
    }
}
