package com.daren.bot.crm.io;

import com.daren.store.RedisKeys;
import com.daren.store.StoreException;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Export files kept in Redis under a random token for {@code daren.io.export-ttl}; the token in the link is the
 * only credential (128 random bits), so a link can be opened from any chat client's browser.
 */
@Component
class ExportLinks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final IoProperties properties;

    ExportLinks(StringRedisTemplate redis, IoProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** A stored file as it is served. */
    record StoredFile(String fileName, ExportFormat format, byte[] body) {
    }

    String store(InfluencerExport.ExportFile file) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        ByteArrayOutputStream value = new ByteArrayOutputStream(file.body().length + 64);
        value.writeBytes((file.format().name() + "\t" + file.fileName() + "\n").getBytes(StandardCharsets.UTF_8));
        value.writeBytes(file.body());
        byte[] key = RedisKeys.export(id).getBytes(StandardCharsets.UTF_8);
        try {
            redis.execute((RedisCallback<Boolean>) c -> c.stringCommands().set(key, value.toByteArray(),
                    Expiration.from(properties.exportTtl()), RedisStringCommands.SetOption.upsert()));
        } catch (RuntimeException e) {
            throw new StoreException("could not keep the export file", e);
        }
        return id;
    }

    Optional<StoredFile> find(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] key = RedisKeys.export(token).getBytes(StandardCharsets.UTF_8);
        byte[] value;
        try {
            value = redis.execute((RedisCallback<byte[]>) c -> c.stringCommands().get(key));
        } catch (RuntimeException e) {
            throw new StoreException("could not read the export file", e);
        }
        if (value == null) {
            return Optional.empty();
        }
        int newline = 0;
        while (newline < value.length && value[newline] != '\n') {
            newline++;
        }
        String[] head = new String(value, 0, newline, StandardCharsets.UTF_8).split("\t", 2);
        byte[] body = java.util.Arrays.copyOfRange(value, Math.min(newline + 1, value.length), value.length);
        return Optional.of(new StoredFile(head[1], ExportFormat.valueOf(head[0]), body));
    }
}
