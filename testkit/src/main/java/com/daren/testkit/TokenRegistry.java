package com.daren.testkit;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens issued by {@link FakeWeChatServer}; each is bound to the API ("wecom"/"mp") that issued it. */
final class TokenRegistry {

    static final int OK = 0;
    static final int MISSING = 41001;
    static final int INVALID = 40014;
    static final int EXPIRED = 42001;

    private record Issued(String api, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    String issue(String api, Duration ttl) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        issued.put(token, new Issued(api, Instant.now().plus(ttl)));
        return token;
    }

    /** @return a WeChat errcode: 0, 41001 (missing), 40014 (unknown or other API's token), 42001 (expired). */
    int check(String api, String token) {
        if (token == null || token.isEmpty()) {
            return MISSING;
        }
        Issued i = issued.get(token);
        if (i == null || !i.api().equals(api)) {
            return INVALID;
        }
        return Instant.now().isBefore(i.expiresAt()) ? OK : EXPIRED;
    }

    /** Expired rather than forgotten, so the bot sees 42001 (its cue to refresh) and not 40014. */
    void expireAll() {
        Instant past = Instant.now().minusSeconds(1);
        issued.replaceAll((t, i) -> new Issued(i.api(), past));
    }
}
