package com.daren.bot.callback;

import com.daren.bot.DarenIntegrationTest;
import com.daren.testkit.EncryptedPost;
import com.daren.testkit.FakeWeChatServer;
import com.daren.testkit.WeChatCallbackClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with both WeChat channels switched on (WeCom app in safe mode, Official Account in safe mode),
 * pointed at one {@link FakeWeChatServer} for the whole JVM. Every test class extending this without adding
 * properties shares one Spring context (and so one embedded redis-server): the {@code @DynamicPropertySource}
 * method below is the same for all of them, which is what Spring's context cache compares.
 */
@DarenIntegrationTest
public abstract class WeChatChannelsTestSupport {

    public static final String CORP_ID = "wwdaren0test0corp1";
    public static final String CORP_SECRET = "corp-secret-for-tests";
    public static final int AGENT_ID = 1000002;
    public static final String WECOM_TOKEN = "weComToken4Tests";
    public static final String WECOM_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    public static final String MP_APP_ID = "wxdaren0test0app01";
    public static final String MP_SECRET = "mp-secret-for-tests";
    /** The account's original id: what WeChat puts into ToUserName of an Official Account message. */
    public static final String MP_ORIGINAL_ID = "gh_daren0test";
    public static final String MP_TOKEN = "mpToken4Tests";
    public static final String MP_AES_KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut";

    /** WeChat's side of the API, shared by every context of this JVM (they differ only in their properties). */
    protected static final FakeWeChatServer WECHAT = FakeWeChatServer.start(CORP_ID, CORP_SECRET, MP_APP_ID, MP_SECRET);

    private static final AtomicLong IDS = new AtomicLong(7_000_000_000_000_000L);

    @DynamicPropertySource
    static void weChatChannels(DynamicPropertyRegistry registry) {
        registry.add("daren.wecom.corp-id", () -> CORP_ID);
        registry.add("daren.wecom.agent-id", () -> AGENT_ID);
        registry.add("daren.wecom.secret", () -> CORP_SECRET);
        registry.add("daren.wecom.token", () -> WECOM_TOKEN);
        registry.add("daren.wecom.aes-key", () -> WECOM_AES_KEY);
        registry.add("daren.wecom.api-base-url", WECHAT::baseUrl);
        registry.add("daren.mp.app-id", () -> MP_APP_ID);
        registry.add("daren.mp.secret", () -> MP_SECRET);
        registry.add("daren.mp.token", () -> MP_TOKEN);
        registry.add("daren.mp.aes-key", () -> MP_AES_KEY);
        registry.add("daren.mp.api-base-url", WECHAT::baseUrl);
        // the community group relay (its own HMAC signature), on in this shared context for the relay tests
        registry.add("daren.relay.secret", () -> RELAY_SECRET);
    }

    public static final String RELAY_SECRET = "relay-secret-for-tests-0123456789";

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    /** Encrypts and signs exactly as WeCom does for our corp. */
    protected final WeChatCallbackClient weCom = new WeChatCallbackClient(WECOM_TOKEN, WECOM_AES_KEY, CORP_ID);
    /** Encrypts and signs exactly as the Official Account platform does for our app. */
    protected final WeChatCallbackClient mp = new WeChatCallbackClient(MP_TOKEN, MP_AES_KEY, MP_APP_ID);

    @BeforeEach
    void forgetWhatWeChatSaw() {
        WECHAT.clear();
    }

    // ---------------------------------------------------------------- helpers

    /** A message id, nonce suffix or handle suffix never used before in this JVM. */
    protected static long uniqueId() {
        return IDS.incrementAndGet();
    }

    protected static long now() {
        return System.currentTimeMillis() / 1000;
    }

    protected static String nonce() {
        return "n" + uniqueId();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected HttpResponse<String> postWeCom(EncryptedPost post) {
        return postWeCom(post.queryString(), post.body());
    }

    protected HttpResponse<String> postWeCom(String query, String body) {
        return weCom.send(WeChatCallbackClient.post(url("/wecom/callback") + "?" + query, body));
    }

    protected HttpResponse<String> postMp(String query, String body) {
        return mp.send(WeChatCallbackClient.post(url("/mp/callback") + "?" + query, body));
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return weCom.send(request);
    }

    protected HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(Duration.ofSeconds(30));
    }

    /** The decrypted XML of a passive WeCom reply, after checking its MsgSignature. */
    protected String weComReply(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("a passive reply was expected").isNotBlank();
        return weCom.decryptReply(response.body());
    }

    /** The text of a passive WeCom reply. */
    protected String weComReplyText(HttpResponse<String> response) {
        return field(weComReply(response), "Content");
    }

    /** Number of redis keys matching a pattern. */
    protected int keys(String pattern) {
        return redis.keys(pattern).size();
    }

    /** Text of the first element of that name in an XML document; null when absent. */
    public static String field(String xml, String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList nodes = doc.getDocumentElement().getElementsByTagName(name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** A 40-hex-digit string that is not the given signature: one character changed. */
    public static String oneCharOff(String signature) {
        char c = signature.charAt(0);
        return (c == '0' ? '1' : '0') + signature.substring(1);
    }
}
