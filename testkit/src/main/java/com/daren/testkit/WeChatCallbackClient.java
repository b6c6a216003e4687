package com.daren.testkit;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import static com.daren.testkit.EncryptedPost.enc;

/**
 * Builds callback requests byte-for-byte the way WeChat does (safe/encrypted mode), so tests can drive
 * the bot's {@code /wecom/callback} and {@code /mp/callback} endpoints over real HTTP.
 *
 * <p>Encryption is WxJava's own {@link WxCryptUtil} (the same AES scheme WeChat uses); signatures are
 * computed independently by {@link WeChatSignatures}. Thread-safe: all state is immutable.
 */
public final class WeChatCallbackClient {

    private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final WxCryptUtil crypt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param encodingAesKey the 43-character EncodingAESKey from the admin console
     * @param receiverId     corpId for WeCom, appId for MP (sealed into every ciphertext)
     */
    public WeChatCallbackClient(String token, String encodingAesKey, String receiverId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must be 43 characters");
        }
        this.token = token;
        this.crypt = new WxCryptUtil(token, encodingAesKey, receiverId);
    }

    /**
     * Encrypts a plaintext message into WeChat's outer envelope. ToUserName, and AgentID when the
     * plaintext has one (WeCom), are copied from the plaintext, as WeChat does.
     */
    public EncryptedPost encryptedPost(String plainXml, long timestampSeconds, String nonce) {
        String encrypt = encrypt(plainXml);
        String ts = Long.toString(timestampSeconds);
        String agentId = Xml.text(plainXml, "AgentID");
        // Element order as in WeCom's documentation: ToUserName, AgentID, Encrypt.
        String body = "<xml>" + Xml.element("ToUserName", Xml.text(plainXml, "ToUserName"))
                + (agentId == null ? "" : Xml.element("AgentID", agentId))
                + Xml.element("Encrypt", encrypt) + "</xml>";
        return new EncryptedPost(WeChatSignatures.msgSignature(token, ts, nonce, encrypt),
                WeChatSignatures.signature(token, ts, nonce), timestampSeconds, nonce, encrypt, body);
    }

    /** Same with the current time and a random nonce. */
    public EncryptedPost encryptedPost(String plainXml) {
        return encryptedPost(plainXml, System.currentTimeMillis() / 1000, randomString(10));
    }

    /**
     * WeCom URL verification GET query: {@code msg_signature=..&timestamp=..&nonce=..&echostr=..}, echostr
     * being the ciphertext of {@code echoPlain}; the bot must answer with {@code echoPlain} itself.
     */
    public String urlVerification(String echoPlain, long ts, String nonce) {
        String echostr = encrypt(echoPlain);
        String t = Long.toString(ts);
        return "msg_signature=" + enc(WeChatSignatures.msgSignature(token, t, nonce, echostr))
                + "&timestamp=" + t + "&nonce=" + enc(nonce) + "&echostr=" + enc(echostr);
    }

    /** MP URL verification GET query (plain echostr, {@code signature} over token, timestamp, nonce); answer = echostr. */
    public String mpUrlVerification(String echostr, long ts, String nonce) {
        String t = Long.toString(ts);
        return "signature=" + WeChatSignatures.signature(token, t, nonce)
                + "&timestamp=" + t + "&nonce=" + enc(nonce) + "&echostr=" + enc(echostr);
    }

    /**
     * Plaintext of a passive encrypted reply, after checking its MsgSignature over its own TimeStamp,
     * Nonce and Encrypt (AssertionError if it does not verify: WeChat would drop such a reply).
     */
    public String decryptReply(String replyXml) {
        String encrypt = Xml.text(replyXml, "Encrypt");
        if (encrypt == null) {
            throw new AssertionError("reply has no <Encrypt>: " + replyXml);
        }
        String expected = WeChatSignatures.msgSignature(token, Xml.text(replyXml, "TimeStamp"),
                Xml.text(replyXml, "Nonce"), encrypt);
        String actual = Xml.text(replyXml, "MsgSignature");
        if (!expected.equals(actual)) {
            throw new AssertionError("reply MsgSignature " + actual + " != expected " + expected + ": " + replyXml);
        }
        return crypt.decrypt(encrypt);
    }

    // ---------------------------------------------------------------- HTTP conveniences

    /** POSTs {@code plainXml} encrypted to a WeCom callback URL (e.g. "http://localhost:8080/wecom/callback"). */
    public HttpResponse<String> postWeCom(String callbackUrl, String plainXml) {
        EncryptedPost p = encryptedPost(plainXml);
        return send(post(callbackUrl + "?" + p.queryString(), p.body()));
    }

    /** POSTs {@code plainXml} encrypted to an MP callback URL in safe mode. */
    public HttpResponse<String> postMp(String callbackUrl, String plainXml) {
        EncryptedPost p = encryptedPost(plainXml);
        return send(post(callbackUrl + "?" + p.mpQueryString(), p.body()));
    }

    /** GET, e.g. {@code callbackUrl + "?" + urlVerification(..)}. */
    public HttpResponse<String> get(String urlWithQuery) {
        return send(HttpRequest.newBuilder(URI.create(urlWithQuery)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** The raw POST WeChat would make, for tests that want to tamper with it first. */
    public static HttpRequest post(String urlWithQuery, String body) {
        return HttpRequest.newBuilder(URI.create(urlWithQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---------------------------------------------------------------- crypto

    /**
     * Base64 ciphertext. Note: WxCryptUtil.encrypt(String) returns a whole reply XML with its own
     * timestamp/nonce; the two-argument form (16-char random prefix, plaintext) returns just the ciphertext.
     */
    private String encrypt(String plain) {
        return crypt.encrypt(randomString(16), plain);
    }

    private static String randomString(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHANUM.charAt(RANDOM.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }
}
