package com.daren.bot.community;

import com.daren.testkit.SettableClock;
import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.store.RedisKeys;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the community flow tests share: a clock they move, bound simulator groups, and the simulator outbox. */
public final class CommunityTestSupport {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommunityTestSupport() {
    }

    /** Import into a test class: the app's clock becomes {@link SettableClock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class ClockConfig {
        @Bean
        @Primary
        SettableClock movableClock() {
            return new SettableClock(Instant.parse("2026-03-02T02:00:00Z"));
        }
    }

    /** A simulator group bound to a fresh group owned by {@code owner}; answers the group and its chat name. */
    public static Bound bindGroup(GroupStore groups, String owner, Clock clock) {
        String chat = "g-" + UUID.randomUUID().toString().substring(0, 8);
        Group group = groups.bind(Group.bind(GroupChatType.SIM, chat, "测试群" + chat.substring(2), owner, SHANGHAI,
                owner, clock.instant()));
        return new Bound(group, chat);
    }

    /** Everything the simulator sent into a group chat, oldest first. */
    public static List<String> postedIn(StringRedisTemplate redis, String chat) {
        return sent(redis).stream().filter(n -> chat.equals(text(n, "chatId"))).map(n -> text(n, "text")).toList();
    }

    /** Everything the bot sent one operator one-to-one (alerts), oldest first. */
    public static List<String> sentTo(StringRedisTemplate redis, String operator) {
        return sent(redis).stream().filter(n -> text(n, "chatId") == null && operator.equals(text(n, "recipientId")))
                .map(n -> text(n, "text")).toList();
    }

    private static List<JsonNode> sent(StringRedisTemplate redis) {
        List<String> raw = Objects.requireNonNullElse(redis.opsForList().range(RedisKeys.simulatorOutbox(), 0, -1), List.of());
        return raw.stream().map(JSON::readTree).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    public record Bound(Group group, String chat) {
        public String id() {
            return group.id();
        }
    }
}
