package com.daren.bot.outreach;

import com.daren.crm.InfluencerStore;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.outreach.OutreachDelivery;
import com.daren.outreach.OutreachDispatcher;
import com.daren.outreach.OutreachLimits;
import com.daren.outreach.SequenceCatalog;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.util.List;

/** Wires core's outreach engine to Redis, the channels and the timer. */
@Configuration(proxyBeanMethods = false)
class OutreachConfiguration {

    @Bean
    EnrollmentStore enrollmentStore(StringRedisTemplate redis) {
        return new EnrollmentStore(redis);
    }

    @Bean
    OutreachLimits outreachLimits(StringRedisTemplate redis, OutreachProperties properties) {
        return new OutreachLimits(redis, properties.settings());
    }

    @Bean
    OutreachDispatcher outreachDispatcher(EnrollmentStore enrollments, InfluencerStore influencers,
                                          SequenceCatalog sequences, OutreachDelivery delivery,
                                          MessageTemplates templates, OperatorAlerts alerts, DueQueue queue,
                                          OutreachLimits limits, OutreachProperties properties, Clock clock) {
        return new OutreachDispatcher(enrollments, influencers, sequences, delivery, templates, alerts, queue, limits,
                properties.settings(), clock);
    }

    @Bean
    DueWork outreachDueWork(OutreachDispatcher dispatcher) {
        return new DueWork() {
            @Override
            public String queue() {
                return EnrollmentStore.QUEUE;
            }

            @Override
            public void handle(Claim claim) {
                dispatcher.handle(claim);
            }

            @Override
            public List<Runnable> tasks(List<Claim> batch) {
                return dispatcher.tasks(batch);
            }

            @Override
            public void recover(Claim claim) {
                dispatcher.recover(claim);
            }
        };
    }
}
