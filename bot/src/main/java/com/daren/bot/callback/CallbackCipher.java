package com.daren.bot.callback;

import org.springframework.http.HttpStatus;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opens WeChat's AES envelope: AES-256-CBC over {@code random(16) | length(4) | xml | receiverId}, PKCS#7 padded
 * to 32 bytes. We decrypt here rather than through WxJava's WxCryptUtil because WxJava reads the receiver id
 * (corp id / app id) out of the plaintext and never checks it: a payload encrypted for another corp with a leaked
 * key would pass. Outbound encryption (passive replies) still goes through WxJava.
 */
public final class CallbackCipher {

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] receiverId;

    public CallbackCipher(String encodingAesKey, String receiverId) {
        byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
        if (raw.length != 32) {
            throw new IllegalArgumentException("an EncodingAESKey is 43 characters of base64");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOfRange(raw, 0, 16));
        this.receiverId = receiverId.getBytes(StandardCharsets.UTF_8);
    }

    /** The plaintext; 400 if it cannot be decrypted, 403 if it was encrypted for someone else. */
    public String open(String encrypted) {
        byte[] plain;
        try {
            byte[] cipherText = Base64.getMimeDecoder().decode(encrypted);
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw CallbackRejected.badRequest("undecryptable payload");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            plain = cipher.doFinal(cipherText);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CallbackRejected(HttpStatus.BAD_REQUEST, "undecryptable payload", e);
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > 32 || pad > plain.length) {
            throw CallbackRejected.badRequest("undecryptable payload");
        }
        int end = plain.length - pad;
        if (end < 20) {
            throw CallbackRejected.badRequest("undecryptable payload");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw CallbackRejected.badRequest("undecryptable payload");
        }
        byte[] from = Arrays.copyOfRange(plain, 20 + length, end);
        if (!MessageDigest.isEqual(from, receiverId)) {
            throw CallbackRejected.forbidden("payload is for another receiver id");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }
}
