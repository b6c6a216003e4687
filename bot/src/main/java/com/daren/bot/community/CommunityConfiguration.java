package com.daren.bot.community;

import com.daren.bot.community.activity.DropAlert;
import com.daren.bot.community.activity.GroupActivity;
import com.daren.bot.community.welcome.WelcomeBatcher;
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

/** Wires core's group model to Redis, and the group features (welcome, activity …) to the timer. */
@Configuration(proxyBeanMethods = false)
class CommunityConfiguration {

    @Bean
    GroupStore groupStore(StringRedisTemplate redis) {
        return new GroupStore(redis);
    }

    @Bean
    WelcomeBatcher welcomeBatcher(GroupStore groups, GroupPoster poster, MessageTemplates templates, DueQueue queue,
                                  StringRedisTemplate redis, Clock clock, CommunityProperties properties) {
        return new WelcomeBatcher(groups, poster, templates, queue, redis, clock, properties.welcome().window(),
                properties.welcome().retryAfter());
    }

    @Bean
    DueWork welcomeDueWork(WelcomeBatcher welcome) {
        return DueWork.of(WelcomeBatcher.QUEUE, welcome::handle, welcome::recover);
    }

    @Bean
    GroupActivity groupActivity(GroupStore groups, StringRedisTemplate redis, CommunityProperties properties) {
        return new GroupActivity(groups, redis, properties.activity().keep());
    }

    @Bean
    DropAlert dropAlert(GroupStore groups, GroupActivity activity, OperatorAlerts alerts, MessageTemplates templates,
                        DueQueue queue, StringRedisTemplate redis, Clock clock, CommunityProperties properties) {
        CommunityProperties.Activity a = properties.activity();
        return new DropAlert(groups, activity, alerts, templates, queue, redis, clock, a.alertAt(), a.dropThreshold(),
                a.minAverage());
    }

    @Bean
    DueWork dropAlertDueWork(DropAlert alert) {
        return DueWork.of(DropAlert.QUEUE, alert::handle, alert::recover);
    }
}
