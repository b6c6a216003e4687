package com.daren.bench;

import com.daren.testkit.EncryptedPost;
import com.daren.testkit.WeChatCallbackClient;
import com.daren.testkit.WeComXml;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
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
    private final List<String> expectedInReply;
    private final WeChatCallbackClient weChat;

    /** @param expectedInReply what the decrypted reply's {@code <Content>} must contain, every one of them */
    Target(String name, String url, List<String> expectedInReply, WeChatCallbackClient weChat) {
        this.name = name;
        this.url = URI.create(url);
        this.expectedInReply = List.copyOf(expectedInReply);
        this.weChat = weChat;
    }

    String name() {
        return name;
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

    /** A fresh, unique, signed and encrypted text-message callback (about 20 µs of CPU). */
    HttpRequest newRequest() {
        long msgId = MSG_IDS.incrementAndGet();
        long now = System.currentTimeMillis() / 1000;
        String plain = WeComXml.text(DarenUnderTest.CORP_ID, SENDER, COMMAND, msgId, now, DarenUnderTest.AGENT_ID);
        String nonce = Long.toString(msgId, 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        EncryptedPost post = weChat.encryptedPost(plain, now, nonce);
        return HttpRequest.newBuilder(URI.create(url + "?" + post.queryString()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(post.body()))
                .build();
    }

    /** n fresh requests built ahead of a phase, on all cores, so building them costs nothing while measuring. */
    HttpRequest[] prebuild(int n) {
        HttpRequest[] requests = new HttpRequest[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> requests[i] = newRequest());
        return requests;
    }
}
