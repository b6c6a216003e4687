package com.daren.bot.community.moderation;

import com.daren.access.OperatorDirectory;
import com.daren.community.moderation.BannedWordStore;
import com.daren.community.moderation.GroupModeration;
import com.daren.community.moderation.ModerationLedger;
import com.daren.community.moderation.Screening;
import com.daren.community.moderation.WordMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires core's moderation engine to Redis, the roster and the configured word lists. */
@Configuration(proxyBeanMethods = false)
class ModerationConfiguration {

    @Bean
    BannedWordStore bannedWordStore(StringRedisTemplate redis, ModerationProperties properties, Clock clock) {
        List<String> shipped = new ArrayList<>(properties.bannedWords());
        if (!properties.bannedWordsFile().isBlank()) {
            shipped.addAll(readWordFile(Path.of(properties.bannedWordsFile())));
        }
        return new BannedWordStore(redis, shipped, clock, properties.recheck());
    }

    @Bean
    GroupModeration groupModeration(BannedWordStore words, ModerationLedger ledger, OperatorDirectory operators,
                                    ModerationProperties properties, Clock clock) {
        return new GroupModeration(words, new Screening(WordMatcher.of(properties.adPhrases())), ledger, operators,
                properties.settings(), clock);
    }

    @Bean
    ModerationLedger moderationLedger(StringRedisTemplate redis, ModerationProperties properties) {
        return new ModerationLedger(redis, properties.keepLog());
    }

    /** One word per line; blank lines and lines starting with # are skipped. Fails start-up when unreadable. */
    static List<String> readWordFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the banned words file " + file.toAbsolutePath(), e);
        }
    }
}
