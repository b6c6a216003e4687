package com.daren.bot.community.relay;

import com.daren.bot.inbound.InboundPipeline;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.channel.OutboundMessage;
import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.community.MembershipEvents;
import com.daren.store.RedisKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/relay/messages}: a group message (or join/leave) forwarded by a team's own gateway, e.g. one
 * reading WeCom's chat archive (会话存档) or a group bridge. Checked in this order, before anything is stored:
 * timestamp within the window → HMAC-SHA256 over timestamp + "\n" + body → signature not seen before; any
 * failure is 401. Then it goes through the inbound pipeline like every channel's messages; command answers come
 * back in the response for the gateway to post.
 */
@RestController
@ConditionalOnExpression("'${daren.relay.secret:}' != ''")
class RelayController {

    static final String TIMESTAMP = "X-Daren-Timestamp";
    static final String SIGNATURE = "X-Daren-Signature";

    private final RelayProperties properties;
    private final InboundPipeline pipeline;
    private final GroupStore groups;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final Clock clock;

    RelayController(RelayProperties properties, InboundPipeline pipeline, GroupStore groups, StringRedisTemplate redis,
                    ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.pipeline = pipeline;
        this.groups = groups;
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/api/relay/messages")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(value = TIMESTAMP, required = false) String timestamp,
                                                @RequestHeader(value = SIGNATURE, required = false) String signature,
                                                @RequestBody(required = false) byte[] body) {
        byte[] payload = body == null ? new byte[0] : body;
        if (payload.length > properties.maxBody()) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body too large");
        }
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp == null ? "" : timestamp.strip()));
        } catch (NumberFormatException e) {
            return problem(HttpStatus.UNAUTHORIZED, "missing or unreadable " + TIMESTAMP);
        }
        if (Duration.between(sentAt, clock.instant()).abs().compareTo(properties.window()) > 0) {
            return problem(HttpStatus.UNAUTHORIZED, "stale timestamp");
        }
        if (!RelaySignature.matches(properties.secret(), timestamp.strip(), payload, signature)) {
            return problem(HttpStatus.UNAUTHORIZED, "bad signature");
        }
        Boolean fresh = redis.opsForValue().setIfAbsent(RedisKeys.relaySignature(signature.strip().toLowerCase(Locale.ROOT)),
                "1", properties.window().multipliedBy(2));
        if (!Boolean.TRUE.equals(fresh)) {
            return problem(HttpStatus.UNAUTHORIZED, "replayed request");
        }
        RelayedMessage message;
        try {
            message = RelayedMessage.read(json.readTree(payload));
        } catch (RuntimeException e) {
            return problem(HttpStatus.BAD_REQUEST, e instanceof IllegalArgumentException ? e.getMessage() : "unreadable JSON");
        }
        InboundMessage inbound;
        try {
            inbound = toInbound(message, payload);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage());
        }
        List<OutboundMessage> replies = pipeline.process(inbound);
        return ResponseEntity.ok(Map.of("accepted", true, "groupChat", inbound.chatId(),
                "replies", replies.stream().map(OutboundMessage::text).toList()));
    }

    private InboundMessage toInbound(RelayedMessage m, byte[] payload) {
        Channel channel = m.channel();
        String chatId = m.chatId();
        if (m.group() != null) {
            Group group = groups.get(m.group()).orElseThrow(() -> new IllegalArgumentException("no group " + m.group()));
            var inbound = group.chats().entrySet().stream().filter(e -> e.getKey().identifiesInbound()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("group " + m.group() + " has no chat id"));
            channel = inbound.getKey().channel();
            chatId = inbound.getValue();
        }
        String key = "relay:" + (m.msgId() != null ? m.msgId() : sha256(payload));
        Instant at = m.time() != null ? m.time() : clock.instant();
        if (m.event() != null) {
            return MembershipEvents.JOINED.equals(m.event())
                    ? MembershipEvents.joined(channel, key, chatId, m.sender(), m.senderName(), at)
                    : MembershipEvents.left(channel, key, chatId, m.sender(), at);
        }
        return InboundMessage.text(channel, key, m.sender(), chatId, m.text(), at);
    }

    private static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "detail", detail));
    }

    /**
     * The relay's JSON: {@code group} (a bound group's id) or {@code chatId} (+ {@code channel}, default wecom);
     * {@code sender}, {@code senderName}, {@code text}, {@code time} (epoch seconds), {@code msgId} (de-duplication),
     * {@code event} ("join" / "leave" instead of a text).
     */
    record RelayedMessage(String group, String chatId, Channel channel, String sender, String senderName, String text,
                          Instant time, String msgId, String event) {

        static RelayedMessage read(JsonNode n) {
            String group = text(n, "group");
            String chatId = text(n, "chatId");
            if (group == null && chatId == null) {
                throw new IllegalArgumentException("group or chatId is required");
            }
            String sender = text(n, "sender");
            if (sender == null) {
                throw new IllegalArgumentException("sender is required");
            }
            String channelName = text(n, "channel");
            Channel channel;
            try {
                channel = channelName == null ? Channel.WECOM : Channel.valueOf(channelName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown channel " + channelName);
            }
            String eventWord = text(n, "event");
            String event = eventWord == null ? null : MembershipEvents.typeOf(eventWord)
                    .orElseThrow(() -> new IllegalArgumentException("event must be join or leave"));
            String text = text(n, "text");
            if (event == null && text == null) {
                throw new IllegalArgumentException("text or event is required");
            }
            JsonNode time = n.get("time");
            Instant at = time == null || time.isNull() ? null : Instant.ofEpochSecond(time.asLong());
            String name = text(n, "senderName");
            return new RelayedMessage(group, chatId, channel, sender, name == null ? sender : name, text, at,
                    text(n, "msgId"), event);
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            String s = v.asString().strip();
            if (s.length() > 4000) {
                throw new IllegalArgumentException(field + " is too long");
            }
            return s.isEmpty() ? null : s;
        }
    }
}
