package com.daren.bot.wecom;

import com.daren.store.RedisKeys;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpRedisTemplateConfigImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * WxJava's WeCom client, configured here rather than through its Spring Boot starter (old on this registry).
 * The access token lives in Redis so every instance shares one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWeCom
class WeComConfiguration {

    @Bean
    WxCpService wxCpService(WeComProperties properties, StringRedisTemplate redis) {
        WxCpRedisTemplateConfigImpl config = new WxCpRedisTemplateConfigImpl(redis, RedisKeys.weComTokenPrefix());
        config.setCorpId(properties.corpId());
        config.setAgentId(properties.agentId());
        config.setCorpSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.aesKey());
        config.setBaseApiUrl(properties.apiBaseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        // Retries belong to our delivery code, which knows whether a send may be repeated. But 0 makes WxJava turn
        // every WeChat error code into a bare WxRuntimeException ("超出重试次数"), hiding 45009 & co; with 1 it
        // throws WxErrorException for real error codes and retries only "system busy" (-1) once, briefly.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }

    @Bean
    WeComAppMessenger weComAppMessenger(WxCpService service, WeComProperties properties) {
        return new WeComAppMessenger(service, properties.agentId());
    }
}
