package com.daren.bench;

import com.daren.testkit.EncryptedPost;
import com.daren.testkit.WeChatCallbackClient;
import com.daren.testkit.WeComXml;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint under load: how to build a unique WeChat callback for it and what its passive reply must say.
 * Every request gets its own MsgId and nonce and the current timestamp, as WeChat's would, so the full pipeline's
 * replay guard and de-duplication do real work and never short-cut. Thread-safe.
 */
final class Target {

    /** The sender: on the demo roster (config/operators.yml) as an admin. */
    static final String SENDER = "operator";
    static final String COMMAND = "/whoami";

    private static final Pattern CONTENT =
            Pattern.compile("<Content>(?:<!\\[CDATA\\[(.*?)]]>|([^<]*))</Content>", Pattern.DOTALL);
    private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000L + System.currentTimeMillis() * 1000);

    private final String name;
    private final URI url;
    private final String hostHeader;
    private final List<String> expectedInReply;
    private final WeChatCallbackClient weChat;

    /** @param expectedInReply what the decrypted reply's {@code <Content>} must contain, every one of them */
    Target(String name, String url, List<String> expectedInReply, WeChatCallbackClient weChat) {
        this.name = name;
        this.url = URI.create(url);
        this.hostHeader = this.url.getHost() + ":" + this.url.getPort();
        this.expectedInReply = List.copyOf(expectedInReply);
        this.weChat = weChat;
    }

    /** The full pipeline, {@code /wecom/callback} at {@code url}: its {@code /whoami} answer names the sender. */
    static Target full(String url) {
        return new Target(CallbackBenchmark.FULL, url, List.of(SENDER, "wecom"), DarenUnderTest.weChat());
    }

    /** The WxJava-demo-style baseline at {@code url}, which answers a fixed text. */
    static Target baseline(String url) {
        return new Target(CallbackBenchmark.BASELINE, url, List.of(BaselineCallbackController.REPLY),
                DarenUnderTest.weChat());
    }

    String name() {
        return name;
    }

    /** A new keep-alive connection to this endpoint's server. */
    HttpConnection connect() {
        return new HttpConnection(url.getHost(), url.getPort());
    }

    /** Null if the decrypted passive reply says what it should, else what is wrong with it. */
    String checkReply(String plainReplyXml) {
        Matcher m = CONTENT.matcher(plainReplyXml);
        if (!m.find()) {
            return "no <Content> in " + plainReplyXml;
        }
        String content = m.group(1) != null ? m.group(1) : m.group(2);
        for (String expected : expectedInReply) {
            if (!content.contains(expected)) {
                return "expected \"" + expected + "\" in " + content;
            }
        }
        return null;
    }

    WeChatCallbackClient weChat() {
        return weChat;
    }

    /**
     * A fresh, unique, signed and encrypted text-message callback, as the bytes of a whole HTTP/1.1 POST (tens of
     * µs of CPU, mostly the encryption).
     */
    byte[] newRequest() {
        long msgId = MSG_IDS.incrementAndGet();
        long now = System.currentTimeMillis() / 1000;
        String plain = WeComXml.text(DarenUnderTest.CORP_ID, SENDER, COMMAND, msgId, now, DarenUnderTest.AGENT_ID);
        String nonce = Long.toString(msgId, 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        EncryptedPost post = weChat.encryptedPost(plain, now, nonce);
        byte[] body = post.body().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + url.getRawPath() + "?" + post.queryString() + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "Content-Type: text/xml;charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** n fresh requests built ahead of a phase, on all the driver's cores, so building costs nothing while measuring. */
    byte[][] prebuild(int n) {
        byte[][] requests = new byte[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> requests[i] = newRequest());
        return requests;
    }
}
