package com.daren.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * WeChat's callback signatures, written independently of WxJava's SHA1 so tests check the bot
 * against the documented algorithm rather than against the library the bot itself uses.
 */
public final class WeChatSignatures {

    private WeChatSignatures() {
    }

    /** msg_signature: SHA-1 hex of the lexicographically sorted concatenation of token, timestamp, nonce, encrypt. */
    public static String msgSignature(String token, String timestamp, String nonce, String encrypt) {
        return sortedSha1(token, timestamp, nonce, encrypt);
    }

    /** signature (MP plain mode / the extra MP safe-mode parameter): same over token, timestamp, nonce. */
    public static String signature(String token, String timestamp, String nonce) {
        return sortedSha1(token, timestamp, nonce);
    }

    private static String sortedSha1(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted); // String.compareTo = the byte order WeChat uses for these ASCII values
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is mandatory in every JRE", e);
        }
    }
}
