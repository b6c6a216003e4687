package com.daren.bot.redis;

import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real redis-server process (the binary ships inside codemonstur embedded-redis).
 *
 * <p>redis-server saves dump.rdb next to itself on shutdown and reloads it on the next start, so a server without
 * a data folder gets {@code save ""}, no AOF and a fresh temporary folder: tests never see old data. With a data
 * folder it keeps an append-only file there, so local runs survive a restart.
 */
public final class EmbeddedRedis {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start(String dataDir) {
        try {
            int port = freePort();
            boolean persistent = dataDir != null && !dataDir.isBlank();
            Path dir = persistent ? Files.createDirectories(Path.of(dataDir).toAbsolutePath())
                    : Files.createTempDirectory("daren-redis-");
            RedisServer server = new RedisServerBuilder()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dir)
                    .setting(persistent ? "appendonly yes" : "appendonly no")
                    .setting(persistent ? "appendfsync everysec" : "save \"\"")
                    .setting("maxmemory-policy noeviction")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new EmbeddedRedis(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
