package com.daren.bot.api;

import com.daren.access.Operator;
import com.daren.access.OperatorDirectory;
import com.daren.bot.access.AccessProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roster's API keys ({@code api-key} in config/operators.yml). Only their SHA-256 digests are kept, every
 * digest is compared in constant time and all of them on every call, so timing tells nothing about a key. Start-up
 * fails on a key shorter than 16 characters or one given to two people; messages never contain a key.
 */
@Component
class ApiKeys {

    static final int MIN_LENGTH = 16;

    private record Entry(byte[] digest, Operator operator) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ApiKeys(AccessProperties properties, OperatorDirectory operators) {
        Set<String> seen = new HashSet<>();
        for (AccessProperties.OperatorEntry entry : properties.operators()) {
            String key = entry.apiKey();
            if (key == null || key.isBlank()) {
                continue;
            }
            if (key.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("daren.access.operators: the api-key of '" + entry.id()
                        + "' is shorter than " + MIN_LENGTH + " characters");
            }
            if (!seen.add(key.strip())) {
                throw new IllegalStateException("daren.access.operators: the api-key of '" + entry.id()
                        + "' is also someone else's; give everyone their own");
            }
            Operator operator = operators.find(entry.id()).orElseThrow();
            entries.add(new Entry(sha256(key.strip()), operator));
        }
    }

    Optional<Operator> authenticate(String presented) {
        byte[] digest = sha256(presented.strip());
        Operator found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), digest)) {
                found = e.operator();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
