package com.daren.bot.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** WeChat's callback signature: SHA-1 over the sorted, concatenated parts; compared in constant time. */
public final class CallbackSignature {

    private CallbackSignature() {
    }

    public static String of(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 403 unless {@code signature} is WeChat's signature over the parts. */
    public static void verify(String signature, String... parts) {
        if (signature == null || Arrays.stream(parts).anyMatch(p -> p == null)) {
            throw CallbackRejected.forbidden("bad signature");
        }
        byte[] expected = of(parts).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw CallbackRejected.forbidden("bad signature");
        }
    }
}
