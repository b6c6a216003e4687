package com.daren.bot.community.wecom;

import com.daren.bot.community.CommunityProperties;
import com.daren.bot.community.GroupMembership;
import com.daren.community.GroupStore;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** WeCom customer-group sync, when a WeCom app is configured (same condition as the wecom module). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${daren.wecom.corp-id:}' != ''")
class WeComGroupsConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService weComGroupSyncWorker() {
        // One thread: the changes of a group are applied in the order they came.
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wecom-group-sync");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    WeComGroupSync weComGroupSync(WxCpService weCom, GroupStore groups, GroupMembership membership,
                                  ApplicationEventPublisher events, Clock clock, CommunityProperties properties) {
        return new WeComGroupSync(weCom, groups, membership, events, clock, properties.zone(), weComGroupSyncWorker());
    }
}
