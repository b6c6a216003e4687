package com.daren.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on 127.0.0.1 imitating the WeChat endpoints the bot reaches through WxJava, so
 * integration tests exercise the bot's real HTTP client, token cache and error handling.
 *
 * <p>Point WxJava at {@link #baseUrl()}: WeCom via {@code WxCpDefaultConfigImpl.setBaseApiUrl(baseUrl)},
 * Official Account via {@code WxMpDefaultConfigImpl.setHostConfig(new WxMpHostConfig(baseUrl, baseUrl, baseUrl))}.
 *
 * <p>Thread-safe: the handler runs on a small pool, recordings live under one monitor that
 * {@link #awaitSends} waits on.
 */
public final class FakeWeChatServer implements AutoCloseable {

    public static final String WECOM = "wecom";
    public static final String MP = "mp";

    private static final Duration TOKEN_TTL = Duration.ofSeconds(7200);

    private final String corpId;
    private final String corpSecret;
    private final String mpAppId;
    private final String mpSecret;
    private final HttpServer server;
    private final ExecutorService executor;
    private final TokenRegistry tokens = new TokenRegistry();
    private final FaultQueue faults = new FaultQueue();
    private final AtomicLong msgIds = new AtomicLong(1_000_000);

    // Guarded by `lock`; awaitSends waits on it.
    private final Object lock = new Object();
    private final List<RecordedSend> sent = new ArrayList<>();
    private final List<RecordedRequest> unknown = new ArrayList<>();
    private final Map<String, Integer> tokenRequests = new HashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();

    /** A response: status plus JSON body, or no body when json is null (how a gateway 502 looks). */
    private record Reply(int status, String json) {
        static Reply ok(String json) {
            return new Reply(200, json);
        }
    }

    private FakeWeChatServer(String corpId, String corpSecret, String mpAppId, String mpSecret) throws IOException {
        this.corpId = corpId;
        this.corpSecret = corpSecret;
        this.mpAppId = mpAppId;
        this.mpSecret = mpSecret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Several threads so a delayed (delayNext) answer does not block concurrent token calls or retries.
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-wechat-" + n.incrementAndGet());
            t.setDaemon(true); // never keep a test JVM alive
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts on a free port of 127.0.0.1; the credentials are the ones the token endpoints accept. */
    public static FakeWeChatServer start(String corpId, String corpSecret, String mpAppId, String mpSecret) {
        try {
            return new FakeWeChatServer(corpId, corpSecret, mpAppId, mpSecret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start fake WeChat server", e);
        }
    }

    /** E.g. "http://127.0.0.1:54321", no trailing slash (WxJava appends paths starting with '/'). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // ---------------------------------------------------------------- inspection

    /** Messages accepted as delivered, oldest first (immutable snapshot). */
    public List<RecordedSend> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** Waits until at least n messages were delivered; AssertionError listing what did arrive otherwise. */
    public List<RecordedSend> awaitSends(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sent.size() < n) {
                long leftMs = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMs <= 0) {
                    throw new AssertionError("expected at least " + n + " sends within " + timeout
                            + " but got " + sent.size() + " (attempts=" + attempts.get() + "): " + sent
                            + (unknown.isEmpty() ? "" : "; unknown requests: " + unknown));
                }
                try {
                    lock.wait(leftMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while awaiting sends", e);
                }
            }
            return List.copyOf(sent);
        }
    }

    /** Token requests per API, keys "wecom" and "mp" (missing key = 0). Successful or not. */
    public Map<String, Integer> tokenRequests() {
        synchronized (lock) {
            return Map.copyOf(tokenRequests);
        }
    }

    public int tokenRequests(String api) {
        return tokenRequests().getOrDefault(api, 0);
    }

    /** Every call to a send endpoint, including faulted and token-rejected ones. */
    public int attempts() {
        return attempts.get();
    }

    /** Requests to paths this fake does not imitate (answered with errcode 0). */
    public List<RecordedRequest> unknownRequests() {
        synchronized (lock) {
            return List.copyOf(unknown);
        }
    }

    /**
     * Forgets recordings, counters and pending faults between tests. Issued tokens stay valid on
     * purpose: the bot caches its token, and revoking it here would add a refresh to the next test.
     */
    public void clear() {
        synchronized (lock) {
            sent.clear();
            unknown.clear();
            tokenRequests.clear();
            attempts.set(0);
        }
        faults.clear();
    }

    /** Every token issued so far answers 42001 "access_token expired" from now on. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    // ---------------------------------------------------------------- fault injection (send endpoints only)

    /** The next {@code times} send calls answer {@code {"errcode":errcode,"errmsg":errmsg}} and deliver nothing. */
    public void failNext(int times, int errcode, String errmsg) {
        faults.add(times, new FaultQueue.Fault(errcode, errmsg, 0, null));
    }

    /** The next {@code times} send calls answer this HTTP status with an empty body and deliver nothing. */
    public void failNextWithHttpStatus(int times, int status) {
        faults.add(times, new FaultQueue.Fault(0, null, status, null));
    }

    /**
     * The next {@code times} send calls sleep {@code delay} and then are handled normally. Like real
     * WeChat, a message is still delivered (recorded) even if the client gave up waiting, so timeout
     * tests can see duplicates caused by retries.
     */
    public void delayNext(int times, Duration delay) {
        faults.add(times, new FaultQueue.Fault(0, null, 0, delay));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow(); // interrupts delayed handlers
    }

    // ---------------------------------------------------------------- HTTP handling

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = parseQuery(ex.getRequestURI().getRawQuery());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Reply reply;
            try {
                reply = switch (path) {
                    case "/cgi-bin/gettoken" -> wecomToken(query);
                    case "/cgi-bin/token" -> mpToken(query.get("appid"), query.get("secret"));
                    case "/cgi-bin/stable_token" -> mpStableToken(body); // WxJava's useStableAccessToken mode
                    case "/cgi-bin/message/send" -> send(WECOM, path, query, body);
                    case "/cgi-bin/message/custom/send" -> send(MP, path, query, body);
                    default -> unknown(ex, path, body);
                };
            } catch (RuntimeException e) {
                // Surface fake bugs as a WeChat "system busy" instead of a dropped connection.
                reply = Reply.ok(error(-1, "fake server error: " + e));
            }
            write(ex, reply);
        } finally {
            ex.close();
        }
    }

    private Reply wecomToken(Map<String, String> q) {
        count(WECOM);
        if (!corpId.equals(q.get("corpid"))) {
            return Reply.ok(error(40013, "invalid corpid"));
        }
        if (!corpSecret.equals(q.get("corpsecret"))) {
            return Reply.ok(error(40001, "invalid credential"));
        }
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.addProperty("access_token", tokens.issue(WECOM, TOKEN_TTL));
        o.addProperty("expires_in", TOKEN_TTL.toSeconds());
        return Reply.ok(o.toString());
    }

    private Reply mpToken(String appId, String secret) {
        count(MP);
        if (!mpAppId.equals(appId)) {
            return Reply.ok(error(40013, "invalid appid"));
        }
        if (!mpSecret.equals(secret)) {
            return Reply.ok(error(40001, "invalid credential, access_token is invalid or not latest"));
        }
        JsonObject o = new JsonObject(); // MP answers without errcode on success
        o.addProperty("access_token", tokens.issue(MP, TOKEN_TTL));
        o.addProperty("expires_in", TOKEN_TTL.toSeconds());
        return Reply.ok(o.toString());
    }

    private Reply mpStableToken(String body) {
        JsonObject req = JsonParser.parseString(body).getAsJsonObject();
        return mpToken(string(req, "appid"), string(req, "secret"));
    }

    private Reply send(String api, String path, Map<String, String> query, String body) {
        attempts.incrementAndGet();
        FaultQueue.Fault fault = faults.poll();
        if (fault != null && !fault.isDelay()) {
            return fault.httpStatus() > 0 ? new Reply(fault.httpStatus(), null)
                    : Reply.ok(error(fault.errcode(), fault.errmsg()));
        }
        if (fault != null && !sleep(fault.delay())) {
            return new Reply(503, null); // server closing
        }
        int tokenState = tokens.check(api, query.get("access_token"));
        if (tokenState != TokenRegistry.OK) {
            return Reply.ok(error(tokenState, switch (tokenState) {
                case TokenRegistry.MISSING -> "access_token missing";
                case TokenRegistry.EXPIRED -> "access_token expired";
                default -> "invalid access_token";
            }));
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            return Reply.ok(error(47001, "data format error"));
        }
        String msgType = string(json, "msgtype");
        record(new RecordedSend(api, path, string(json, "touser"), msgType, content(json, msgType), body, Instant.now()));
        if (MP.equals(api)) {
            return Reply.ok(error(0, "ok"));
        }
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.addProperty("invaliduser", "");
        o.addProperty("msgid", "msg" + msgIds.incrementAndGet());
        return Reply.ok(o.toString());
    }

    private Reply unknown(HttpExchange ex, String path, String body) {
        synchronized (lock) {
            unknown.add(new RecordedRequest(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), body, Instant.now()));
        }
        return Reply.ok(error(0, "ok"));
    }

    // ---------------------------------------------------------------- helpers

    private void record(RecordedSend s) {
        synchronized (lock) {
            sent.add(s);
            lock.notifyAll();
        }
    }

    private void count(String api) {
        synchronized (lock) {
            tokenRequests.merge(api, 1, Integer::sum);
        }
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** text/markdown carry {@code <type>.content}; other types are kept whole so tests can still inspect them. */
    private static String content(JsonObject json, String msgType) {
        JsonElement sub = msgType == null ? null : json.get(msgType);
        if (sub == null || !sub.isJsonObject()) {
            return null;
        }
        String c = string(sub.getAsJsonObject(), "content");
        return c != null ? c : sub.toString();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static String error(int errcode, String errmsg) {
        JsonObject o = new JsonObject();
        o.addProperty("errcode", errcode);
        o.addProperty("errmsg", errmsg);
        return o.toString();
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    private static void write(HttpExchange ex, Reply reply) throws IOException {
        if (reply.json() == null) {
            ex.sendResponseHeaders(reply.status(), -1); // -1 = no body
            return;
        }
        byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(reply.status(), bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
