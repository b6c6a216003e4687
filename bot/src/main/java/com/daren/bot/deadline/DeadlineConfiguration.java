package com.daren.bot.deadline;

import com.daren.crm.InfluencerStore;
import com.daren.deadline.DeadlineNudges;
import com.daren.deadline.DeadlineService;
import com.daren.deadline.DeadlineStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.outreach.OutreachDelivery;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.DueQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Deadlines on the shared timer (queue "deadline") and the daily contract-end scan (cron job contract-alerts). */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineStore deadlineStore(StringRedisTemplate redis) {
        return new DeadlineStore(redis);
    }

    @Bean
    DeadlineService deadlineService(DeadlineStore store, DueQueue queue, Clock clock, DeadlineProperties properties) {
        return new DeadlineService(store, queue, clock, properties.zone(), properties.nudgeAt());
    }

    @Bean
    DeadlineNudges deadlineNudges(DeadlineStore store, InfluencerStore influencers, OutreachDelivery delivery,
                                  OperatorAlerts alerts, MessageTemplates templates, DueQueue queue) {
        return new DeadlineNudges(store, influencers, delivery, alerts, templates, queue);
    }

    @Bean
    DueWork deadlineDueWork(DeadlineNudges nudges) {
        return DueWork.of(DeadlineStore.QUEUE, nudges::handle, nudges::recover);
    }
}
