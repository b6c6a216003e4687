package com.daren.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Real Redis for tests: one embedded redis-server per JVM, started on first use on a free port with persistence
 * off and a fresh working directory (so no {@code dump.rdb} from an earlier run is loaded), stopped when the JVM
 * exits. The database is flushed before every test.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedRedisExtension.class)
 * class AuditLogTest {
 *     @BeforeEach void setUp(StringRedisTemplate redis) { log = new AuditLog(redis); }
 * }
 * }</pre>
 */
public final class EmbeddedRedisExtension implements BeforeEachCallback, ParameterResolver {

    private static final String HOST = "127.0.0.1";

    /** Started once, on first use (holder idiom), for the whole JVM. */
    private static final class Shared {
        static final Shared INSTANCE = new Shared();

        final Path dir;
        final RedisServer server;
        final LettuceConnectionFactory connections;
        final StringRedisTemplate template;

        private Shared() {
            try {
                dir = Files.createTempDirectory("daren-embedded-redis-");
                int port = freePort();
                server = new RedisServerBuilder()
                        .bind(HOST)
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .setting("dir " + dir.toAbsolutePath())
                        .build();
                server.start();
                connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, port));
                connections.afterPropertiesSet();
                connections.start();
                template = new StringRedisTemplate(connections);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded Redis", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-redis-stop"));
        }

        private void stop() {
            try {
                connections.destroy();
            } catch (RuntimeException ignored) {
                // the JVM is going away; Redis is stopped next anyway
            }
            try {
                server.stop();
            } catch (IOException | RuntimeException ignored) {
                // nothing more to do at shutdown
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            }
        }
    }

    /** The template over the shared server, for code that cannot take it as a parameter. */
    public static StringRedisTemplate redis() {
        return Shared.INSTANCE.template;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        redis().execute((RedisCallback<Void>) connection -> {
            connection.serverCommands().flushDb();
            return null;
        });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StringRedisTemplate.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return redis();
    }
}
