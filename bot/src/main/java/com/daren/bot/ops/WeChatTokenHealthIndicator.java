package com.daren.bot.ops;

import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.mp.api.WxMpService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Can the configured WeChat channels get an access token (from the shared Redis cache, or from WeChat)? Reports
 * only up/down per channel, never ids or secrets. Channels that are not configured are not reported.
 */
@Component("wechat")
class WeChatTokenHealthIndicator implements HealthIndicator {

    private static final long TIMEOUT_SECONDS = 3;

    private final ObjectProvider<WxCpService> weCom;
    private final ObjectProvider<WxMpService> mp;

    WeChatTokenHealthIndicator(ObjectProvider<WxCpService> weCom, ObjectProvider<WxMpService> mp) {
        this.weCom = weCom;
        this.mp = mp;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        boolean allUp = true;
        WxCpService cp = weCom.getIfAvailable();
        if (cp != null) {
            boolean up = reachable(() -> cp.getAccessToken(false));
            health.withDetail("wecom", up ? "UP" : "DOWN");
            allUp &= up;
        }
        WxMpService wxMp = mp.getIfAvailable();
        if (wxMp != null) {
            boolean up = reachable(() -> wxMp.getAccessToken(false));
            health.withDetail("mp", up ? "UP" : "DOWN");
            allUp &= up;
        }
        if (cp == null && wxMp == null) {
            health.withDetail("channels", "none configured (simulator only)");
        }
        return allUp ? health.build() : health.down().build();
    }

    private static boolean reachable(Callable<String> token) {
        try {
            String value = CompletableFuture.supplyAsync(() -> {
                try {
                    return token.call();
                } catch (Exception e) {
                    return null;
                }
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return value != null && !value.isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
