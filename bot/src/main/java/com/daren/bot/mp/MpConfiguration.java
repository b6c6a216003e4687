package com.daren.bot.mp;

import com.daren.store.RedisKeys;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** WxJava's Official Account client; the access token is shared through Redis. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMp
class MpConfiguration {

    @Bean
    WxMpService wxMpService(MpProperties properties, StringRedisTemplate redis) {
        WxMpRedisConfigImpl config = new WxMpRedisConfigImpl(new RedisTemplateWxRedisOps(redis), RedisKeys.mpTokenPrefix());
        config.setAppId(properties.appId());
        config.setSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.aesKey());
        config.setHostConfig(new WxMpHostConfig(properties.apiBaseUrl(), properties.apiBaseUrl(), properties.apiBaseUrl()));
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        // Retries belong to our delivery code, which knows whether a send may be repeated. But 0 makes WxJava turn
        // every WeChat error code into a bare WxRuntimeException ("超出重试次数"), hiding 45009 & co; with 1 it
        // throws WxErrorException for real error codes and retries only "system busy" (-1) once, briefly.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }

    @Bean
    MpOutreachChannel mpOutreachChannel(MpCustomerServiceMessenger messenger, Clock clock) {
        return new MpOutreachChannel(messenger, clock);
    }

    @Bean
    MpCustomerServiceMessenger mpCustomerServiceMessenger(WxMpService service, StringRedisTemplate redis, Clock clock) {
        return new MpCustomerServiceMessenger(service, redis, clock);
    }
}
