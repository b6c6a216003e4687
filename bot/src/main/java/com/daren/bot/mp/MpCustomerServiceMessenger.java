package com.daren.bot.mp;

import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.Messenger;
import com.daren.channel.OutboundMessage;
import com.daren.store.RedisKeys;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Official Account customer-service messages: allowed only within 48 hours of the follower's last message, so a
 * send outside the window fails definitely (and is never attempted) instead of being refused by WeChat.
 */
class MpCustomerServiceMessenger implements Messenger {

    static final Duration WINDOW = Duration.ofHours(48);

    private final WxMpService service;
    private final StringRedisTemplate redis;
    private final Clock clock;

    MpCustomerServiceMessenger(WxMpService service, StringRedisTemplate redis, Clock clock) {
        this.service = service;
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.MP;
    }

    /** Whether the 48-hour window with this follower is open now. */
    boolean windowOpen(String openId) {
        String last = redis.opsForValue().get(RedisKeys.lastInbound(Channel.MP.id(), openId));
        return last != null && Instant.ofEpochMilli(Long.parseLong(last)).plus(WINDOW).isAfter(clock.instant());
    }

    @Override
    public void send(OutboundMessage message) {
        if (!windowOpen(message.recipientId())) {
            throw new DeliveryException("the 48-hour window with " + message.recipientId() + " is closed", false, null);
        }
        try {
            service.getKefuService().sendKefuMessage(
                    WxMpKefuMessage.TEXT().toUser(message.recipientId()).content(message.text()).build());
        } catch (WxErrorException e) {
            throw new DeliveryException("Official Account refused the message: " + e.getError(), false, e);
        } catch (RuntimeException e) {
            throw new DeliveryException("Official Account send failed: " + e.getMessage(), true, e);
        }
    }
}
