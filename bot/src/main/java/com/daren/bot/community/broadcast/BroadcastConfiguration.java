package com.daren.bot.community.broadcast;

import com.daren.bot.community.CommunityProperties;
import com.daren.community.GroupPoster;
import com.daren.community.GroupStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.scheduler.DueWork;
import com.daren.template.MessageTemplates;
import com.daren.timer.DueQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Broadcast storage and its timer queue. */
@Configuration(proxyBeanMethods = false)
class BroadcastConfiguration {

    @Bean
    BroadcastStore broadcastStore(StringRedisTemplate redis) {
        return new BroadcastStore(redis);
    }

    @Bean
    BroadcastSender broadcastSender(BroadcastStore store, GroupStore groups, GroupPoster poster,
                                    MessageTemplates templates, OperatorAlerts alerts, DueQueue queue, Clock clock,
                                    CommunityProperties properties) {
        return new BroadcastSender(store, groups, poster, templates, alerts, queue, clock, properties.broadcast());
    }

    @Bean
    DueWork broadcastDueWork(BroadcastSender sender) {
        return DueWork.of(BroadcastSender.QUEUE, 10, sender::handle, sender::recover);
    }
}
