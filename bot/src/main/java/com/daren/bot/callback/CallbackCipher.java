package com.daren.bot.callback;

import org.springframework.http.HttpStatus;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opens WeChat's AES envelope: AES-256-CBC over {@code random(16) | length(4) | xml | receiverId}, PKCS#7 padded
 * to 32 bytes. We decrypt here rather than through WxJava's WxCryptUtil because WxJava reads the receiver id
 * (corp id / app id) out of the plaintext and never checks it: a payload encrypted for another corp with a leaked
 * key would pass. Passive replies are sealed here too ({@link #seal}), the same envelope the other way round: WxJava's
 * {@code toEncryptedXml} serialized the reply with XStream and built a new {@code WxCryptUtil} for every reply.
 */
public final class CallbackCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

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

    /**
     * The encrypted passive reply WeChat expects as a callback's response body: {@code plainXml} sealed for our
     * receiver id, signed with {@code token} over its own timestamp ({@code now}) and a fresh nonce.
     */
    public String seal(String plainXml, String token, Instant now) {
        byte[] xml = plainXml.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + xml.length + receiverId.length;
        int pad = 32 - unpadded % 32;
        byte[] plain = new byte[unpadded + pad];
        byte[] prefix = new byte[16];
        RANDOM.nextBytes(prefix);
        System.arraycopy(prefix, 0, plain, 0, 16);
        ByteBuffer.wrap(plain, 16, 4).putInt(xml.length);
        System.arraycopy(xml, 0, plain, 20, xml.length);
        System.arraycopy(receiverId, 0, plain, 20 + xml.length, receiverId.length);
        Arrays.fill(plain, unpadded, plain.length, (byte) pad);
        String encrypted;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, iv);
            encrypted = Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
        String timestamp = Long.toString(now.getEpochSecond());
        String nonce = nonce();
        return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
                + CallbackSignature.of(token, timestamp, nonce, encrypted) + "]]></MsgSignature><TimeStamp>" + timestamp
                + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
    }

    private static String nonce() {
        char[] nonce = new char[10];
        for (int i = 0; i < nonce.length; i++) {
            nonce[i] = NONCE_CHARS[RANDOM.nextInt(NONCE_CHARS.length)];
        }
        return new String(nonce);
    }
}
