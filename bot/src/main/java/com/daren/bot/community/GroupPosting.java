package com.daren.bot.community;

import com.daren.bot.outbound.OutboundSender;
import com.daren.channel.Channel;
import com.daren.channel.DeliveryException;
import com.daren.channel.OutboundMessage;
import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupPoster;
import io.micrometer.core.instrument.MeterRegistry;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link GroupPoster} over the routes a group may have, in this order: its simulator chat (through the simulator
 * messenger), its group robot webhook (plain HTTPS POST, no access token), its WeCom internal app chat
 * (appchat/send through WxJava). A WeCom customer group alone has none: WeCom lets an app post there only as a
 * customer-contact mass-send the owner confirms, capped per group, so the bot does not pretend it can answer there.
 */
@Component
class GroupPosting implements GroupPoster {

    private static final Logger log = LoggerFactory.getLogger(GroupPosting.class);

    private final OutboundSender sender;
    private final RobotWebhook robot;
    private final ObjectProvider<WxCpService> weCom;
    private final MeterRegistry meters;

    GroupPosting(OutboundSender sender, ObjectMapper json, CommunityProperties properties,
                 ObjectProvider<WxCpService> weCom, MeterRegistry meters) {
        this.sender = sender;
        this.robot = new RobotWebhook(json, properties.postTimeout());
        this.weCom = weCom;
        this.meters = meters;
    }

    @Override
    public boolean post(Group group, List<String> mentionIds, String text) {
        var sim = group.chat(GroupChatType.SIM);
        if (sim.isPresent()) {
            String recipient = mentionIds.isEmpty() ? "" : mentionIds.get(0);
            if (!sender.send(new OutboundMessage(Channel.SIM, recipient, sim.get(), text))) {
                throw new DeliveryException("the simulator did not take the group message", false, null);
            }
            return counted(group, "sim");
        }
        var webhook = group.chat(GroupChatType.WECOM_ROBOT);
        if (webhook.isPresent()) {
            robot.send(webhook.get(), mentionIds, text);
            return counted(group, "robot");
        }
        var appChat = group.chat(GroupChatType.WECOM_APPCHAT);
        WxCpService service = weCom.getIfAvailable();
        if (appChat.isPresent() && service != null) {
            sendAppChat(service, appChat.get(), text);
            return counted(group, "appchat");
        }
        meters.counter("daren.group.posts", "route", "none").increment();
        log.info("group {} has no route the bot can post through (add a group robot webhook)", group.id());
        return false;
    }

    @Override
    public void postLater(Group group, List<String> mentionIds, String text) {
        sender.executeLater(() -> {
            try {
                post(group, mentionIds, text);
            } catch (DeliveryException e) {
                log.warn("post to group {} failed ({}): {}", group.id(), e.outcomeUnknown() ? "outcome unknown" : "failed",
                        e.getMessage());
                meters.counter("daren.group.posts.failed").increment();
            }
        });
    }

    private boolean counted(Group group, String route) {
        meters.counter("daren.group.posts", "route", route).increment();
        return true;
    }

    private static void sendAppChat(WxCpService service, String chatId, String text) {
        WxCpAppChatMessage message = WxCpAppChatMessage.buildTextMsg(chatId, text, false);
        try {
            service.getChatService().sendMsg(message);
        } catch (WxErrorException e) {
            throw new DeliveryException("WeCom refused the app chat message: " + e.getError(), false, e);
        } catch (RuntimeException e) {
            throw new DeliveryException("WeCom app chat send failed: " + e.getMessage(), true, e);
        }
    }

    /** The group robot's webhook: JSON in, {"errcode":0} out; about 20 messages a minute per robot. */
    static final class RobotWebhook {

        private final ObjectMapper json;
        private final java.time.Duration timeout;
        private final java.net.http.HttpClient http;

        RobotWebhook(ObjectMapper json, java.time.Duration timeout) {
            this.json = json;
            this.timeout = timeout;
            this.http = java.net.http.HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        void send(String url, List<String> mentionIds, String text) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("content", text);
            if (!mentionIds.isEmpty()) {
                content.put("mentioned_list", mentionIds);
            }
            String body = json.writeValueAsString(Map.of("msgtype", "text", "text", content));
            java.net.http.HttpResponse<String> response;
            try {
                response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(timeout)
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                throw new DeliveryException("could not reach the group robot: " + e, false, e);
            } catch (java.io.IOException e) {
                throw new DeliveryException("no answer from the group robot: " + e, true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted while posting to the group robot", true, e);
            }
            if (response.statusCode() != 200) {
                throw new DeliveryException("the group robot answered HTTP " + response.statusCode(),
                        response.statusCode() >= 500, null);
            }
            Map<?, ?> answer = json.readValue(response.body(), Map.class);
            Object code = answer.get("errcode");
            if (!(code instanceof Number n) || n.intValue() != 0) {
                throw new DeliveryException("the group robot refused the message: " + response.body(), false, null);
            }
        }
    }
}
