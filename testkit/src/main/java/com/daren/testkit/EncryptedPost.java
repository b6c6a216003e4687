package com.daren.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A safe-mode callback POST as WeChat sends it: the query parameters and the outer XML body.
 *
 * @param msgSignature SHA-1 over token, timestamp, nonce, encrypt
 * @param signature    SHA-1 over token, timestamp, nonce (only MP sends it)
 * @param timestamp    seconds
 * @param nonce        as given
 * @param encrypt      the base64 ciphertext inside {@code <Encrypt>}
 * @param body         the outer XML to POST
 */
public record EncryptedPost(String msgSignature, String signature, long timestamp, String nonce,
                            String encrypt, String body) {

    /** WeCom: {@code msg_signature=..&timestamp=..&nonce=..}. */
    public String queryString() {
        return "msg_signature=" + enc(msgSignature) + "&timestamp=" + timestamp + "&nonce=" + enc(nonce);
    }

    /** MP safe mode: {@code signature=..&timestamp=..&nonce=..&encrypt_type=aes&msg_signature=..}. */
    public String mpQueryString() {
        return "signature=" + enc(signature) + "&timestamp=" + timestamp + "&nonce=" + enc(nonce)
                + "&encrypt_type=aes&msg_signature=" + enc(msgSignature);
    }

    /** MP safe mode with the {@code openid} parameter real WeChat also adds (not covered by any signature). */
    public String mpQueryString(String openId) {
        return "signature=" + enc(signature) + "&timestamp=" + timestamp + "&nonce=" + enc(nonce)
                + "&openid=" + enc(openId) + "&encrypt_type=aes&msg_signature=" + enc(msgSignature);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
