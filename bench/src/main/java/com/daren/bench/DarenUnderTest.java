package com.daren.bench;

import com.daren.bot.DarenApplication;
import com.daren.testkit.FakeWeChatServer;
import com.daren.testkit.WeChatCallbackClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.List;
import java.util.Properties;

/**
 * The real Daren application in this JVM on a free port, its WeCom channel configured against a
 * {@link FakeWeChatServer}, with an ephemeral embedded redis-server (or the Redis of {@code REDIS_URL} if set),
 * plus the {@link BaselineCallbackController} beside it. Logging at WARN so log lines cost nothing per request.
 */
final class DarenUnderTest implements AutoCloseable {

    static final String CORP_ID = "wwbench0123456789";
    static final int AGENT_ID = 1000002;
    static final String SECRET = "bench-corp-secret";
    static final String TOKEN = "BenchToken2024";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final FakeWeChatServer fakeWeChat;
    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private DarenUnderTest(FakeWeChatServer fakeWeChat, ConfigurableApplicationContext context) {
        this.fakeWeChat = fakeWeChat;
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static DarenUnderTest start() {
        FakeWeChatServer fake = FakeWeChatServer.start(CORP_ID, SECRET, "wxbenchmp00000000", "bench-mp-secret");
        try {
            // Command-line arguments: they win over config/application.yml, unlike default properties.
            List<String> args = List.of(
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--daren.wecom.corp-id=" + CORP_ID,
                    "--daren.wecom.agent-id=" + AGENT_ID,
                    "--daren.wecom.secret=" + SECRET,
                    "--daren.wecom.token=" + TOKEN,
                    "--daren.wecom.aes-key=" + AES_KEY,
                    "--daren.wecom.api-base-url=" + fake.baseUrl(),
                    "--daren.redis.embedded.data-dir=",
                    "--daren.templates.folder=",
                    "--daren.simulator.enabled=false",
                    "--spring.main.banner-mode=off",
                    "--spring.jmx.enabled=false",
                    "--logging.level.root=WARN");
            ConfigurableApplicationContext context = new SpringApplicationBuilder(
                    DarenApplication.class, BaselineCallbackController.class)
                    .run(args.toArray(String[]::new));
            return new DarenUnderTest(fake, context);
        } catch (RuntimeException | Error e) {
            fake.close();
            throw e;
        }
    }

    String fullPipelineUrl() {
        return baseUrl + "/wecom/callback";
    }

    String baselineUrl() {
        return baseUrl + BaselineCallbackController.PATH;
    }

    /** What WeChat holds: the app's token and EncodingAESKey, sealed to the corp id. */
    static WeChatCallbackClient weChat() {
        return new WeChatCallbackClient(TOKEN, AES_KEY, CORP_ID);
    }

    /** E.g. "7.2.4 (embedded)", from INFO server. */
    String redisDescription() {
        try {
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
            Properties info = redis.execute((org.springframework.data.redis.core.RedisCallback<Properties>)
                    connection -> connection.serverCommands().info("server"));
            String version = info == null ? "?" : info.getProperty("redis_version", "?");
            boolean external = System.getenv("REDIS_URL") != null && !System.getenv("REDIS_URL").isBlank();
            return "Redis " + version + (external ? " (REDIS_URL)" : " (embedded redis-server, same machine)");
        } catch (RuntimeException e) {
            return "Redis (version unknown: " + e.getClass().getSimpleName() + ")";
        }
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            fakeWeChat.close();
        }
    }
}
