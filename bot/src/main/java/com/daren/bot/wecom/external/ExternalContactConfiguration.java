package com.daren.bot.wecom.external;

import com.daren.access.OperatorDirectory;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OperatorAlerts;
import com.daren.template.MessageTemplates;
import com.daren.timer.DueQueue;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** Outreach through WeCom customer contact; present only when WeCom is configured (as {@code ConditionalOnWeCom}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${daren.wecom.corp-id:}' != ''")
class ExternalContactConfiguration {

    @Bean
    ExternalContactClient externalContactClient(WxCpService wxCpService) {
        return new ExternalContactClient(wxCpService.getWxCpConfigStorage());
    }

    @Bean
    CustomerMessageCap customerMessageCap(StringRedisTemplate redis, ExternalContactProperties properties) {
        return new CustomerMessageCap(redis, properties.cap());
    }

    @Bean
    ExternalTaskStore externalTaskStore(StringRedisTemplate redis, ExternalContactProperties properties) {
        return new ExternalTaskStore(redis, properties.keepFinished());
    }

    @Bean
    WeComExternalOutreachChannel weComExternalOutreachChannel(ExternalContactClient client, CustomerMessageCap cap,
                                                              ExternalTaskStore tasks,
                                                              ObjectProvider<EnrollmentStore> enrollments,
                                                              ExternalContactProperties properties, Clock clock) {
        return new WeComExternalOutreachChannel(client, cap, tasks, enrollments, properties.firstPollAfter(), clock);
    }

    @Bean
    ExternalTaskPoller externalTaskPoller(ExternalTaskStore tasks, ExternalContactClient client, DueQueue queue,
                                          OperatorAlerts alerts, MessageTemplates templates, OperatorDirectory operators,
                                          ExternalContactProperties properties, Clock clock) {
        return new ExternalTaskPoller(tasks, client, queue, alerts, templates, operators, properties, clock);
    }
}
