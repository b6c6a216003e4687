package com.daren.bot.outreach.faults;

import com.daren.bot.DarenApplication;
import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import com.daren.outreach.Enrollment;
import com.daren.outreach.OutreachDelivery;
import com.daren.outreach.StepOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.daren.bot.outreach.faults.FaultsSetup.massSendsPerCustomer;
import static com.daren.bot.outreach.faults.FaultsSetup.massSendsToAny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the app on one Redis, both with their timers running, racing over the same due steps: the test's
 * context and a second one started here with {@link SpringApplicationBuilder}, pointed at the first one's embedded
 * redis-server and the same fake WeChat API.
 */
class TwoInstancesOneRedisTest extends FaultsTestSupport {

    @Autowired
    Environment environment;

    @Test
    void hundredEnrolmentsDueAtOnceTwoInstancesHundredSendsNoneTwice() {
        AtomicInteger secondInstanceDeliveries = new AtomicInteger();
        ConfigurableApplicationContext second = new SpringApplicationBuilder(DarenApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(counting(secondInstanceDeliveries)))
                .run(FaultsSetup.args(Map.of(
                        "spring.data.redis.url", "redis://127.0.0.1:" + redisPort(environment),
                        "server.port", "0",
                        // 20 a second: most of the burst comes due again spread over the next seconds (jitter
                        // 1 s). This timer ticks every 0.7 s against the first one's 0.25 s, so their phases drift and
                        // neither can always come just after the other and find nothing left.
                        "daren.outreach.per-second", "20",
                        "daren.scheduler.tick", "PT0.7S")));
        try {
            String owner = owner();
            List<Influencer> hundred = influencers(100, "two", owner);
            List<Enrollment> enrolled = enrol(hundred, owner, Instant.now().plusSeconds(2));

            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() ->
                    firstSteps(enrolled).values().stream().filter(o -> o == StepOutcome.AWAITING_CONFIRMATION).count() == 100);

            Map<String, Long> perCustomer = massSendsPerCustomer();
            System.out.println("TwoInstancesOneRedisTest: the second instance sent " + secondInstanceDeliveries.get()
                    + " of " + massSendsToAny(hundred));
            assertThat(massSendsToAny(hundred)).as("100 first-step sends").isEqualTo(100);
            hundred.forEach(i -> assertThat(perCustomer.get(i.wecomExternalUserId()))
                    .as("%s sent exactly once", i.handle()).isEqualTo(1L));
            assertThat(secondInstanceDeliveries.get()).as("both instances sent some of the 100 (second: %s)",
                    secondInstanceDeliveries.get()).isBetween(1, 99);
        } finally {
            second.close();
        }
    }

    /** Counts the deliveries one instance makes (wraps its OutreachDelivery). */
    private static BeanPostProcessor counting(AtomicInteger counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof OutreachDelivery delivery) {
                    return (OutreachDelivery) (influencer, channel, fallback, text) -> {
                        DeliveryResult result = delivery.deliver(influencer, channel, fallback, text);
                        if (!(result instanceof DeliveryResult.NotNow)) {
                            counter.incrementAndGet();
                        }
                        return result;
                    };
                }
                return bean;
            }
        };
    }
}
