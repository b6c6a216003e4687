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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Customer-contact mass sends ({@code add_msg_template}) create tasks that stay unconfirmed (status 0) until
 * a test plays the employee: {@link #confirmTask}, {@link #failTask}; {@link #putInFailList} makes WeCom refuse a
 * customer up front.
 *
 * <p>Thread-safe: the handler runs on a small pool, recordings live under one monitor that
 * {@link #awaitSends} waits on.
 */
public final class FakeWeChatServer implements AutoCloseable {

    public static final String WECOM = "wecom";
    public static final String MP = "mp";
    /** The api name group-robot webhook posts are recorded under (toUser = the webhook key). */
    public static final String ROBOT = "robot";

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
    // Customer-contact mass-send tasks (add_msg_template) by msgid, and the customers that land in fail_list.
    private final Map<String, MassTask> tasks = new HashMap<>();
    private final Set<String> failListed = new HashSet<>();
    private final AtomicInteger taskPolls = new AtomicInteger();
    // WeCom customer groups (客户群) by chat_id, in insertion order, for groupchat/list and groupchat/get.
    private final Map<String, CustomerGroup> customerGroups = new java.util.LinkedHashMap<>();
    private final Set<String> robotKeys = new HashSet<>();

    /** One add_msg_template task: who must confirm it, for whom, and its send status (0 until the test moves it). */
    private record MassTask(String sender, List<String> externalUserIds, int status, Instant sentAt) {
    }

    /**
     * A WeCom customer group as groupchat/get describes it.
     *
     * @param status 0 normal; 1–3 ownership handover states (groupchat/list status_filter)
     */
    public record CustomerGroup(String chatId, String name, String owner, List<GroupMember> members, int status) {
        public CustomerGroup {
            members = List.copyOf(members);
        }
    }

    /** A customer-group member: type 1 employee, 2 external contact. */
    public record GroupMember(String userId, int type, String name, Instant joinedAt) {
        public static GroupMember employee(String userId) {
            return new GroupMember(userId, 1, userId, Instant.now());
        }

        public static GroupMember customer(String externalUserId, String name) {
            return new GroupMember(externalUserId, 2, name, Instant.now());
        }
    }

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

    /**
     * Every call to a send endpoint (WeCom app message, Official Account customer-service message, customer-contact
     * add_msg_template), including faulted and token-rejected ones.
     */
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
     * Forgets recordings, counters, pending faults and the fail list between tests. Issued tokens and
     * mass-send tasks stay on purpose: the bot caches its token and may still be polling a task, and
     * forgetting either here would change what the next test sees.
     */
    public void clear() {
        synchronized (lock) {
            sent.clear();
            unknown.clear();
            tokenRequests.clear();
            attempts.set(0);
            failListed.clear();
            taskPolls.set(0);
        }
        faults.clear();
    }

    /** Every token issued so far answers 42001 "access_token expired" from now on. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    // ---------------------------------------------------------------- customer-contact mass-send tasks

    /**
     * From now on add_msg_template answers this customer in {@code fail_list} (as WeCom does for a customer who
     * is not the sender's contact) and delivers nothing to them. Forgotten by {@link #clear()}.
     */
    public void putInFailList(String externalUserId) {
        synchronized (lock) {
            failListed.add(externalUserId);
        }
    }

    /** The employee confirmed the task in the WeCom client: get_groupmsg_send_result answers status 1 from now on. */
    public void confirmTask(String msgId) {
        setTaskStatus(msgId, 1, Instant.now());
    }

    /**
     * The task could not reach the customer: status 2 (not a contact any more) or 3 (already received another
     * company message in this period, WeCom's per-customer cap).
     */
    public void failTask(String msgId, int status) {
        if (status != 2 && status != 3) {
            throw new IllegalArgumentException("a failed task has status 2 or 3, not " + status);
        }
        setTaskStatus(msgId, status, null);
    }

    /** The status get_groupmsg_send_result reports for a task (0 unconfirmed); empty for an unknown msgid. */
    public java.util.Optional<Integer> taskStatus(String msgId) {
        synchronized (lock) {
            return java.util.Optional.ofNullable(tasks.get(msgId)).map(MassTask::status);
        }
    }

    /** Calls to get_groupmsg_send_result (not send attempts: they never count in {@link #attempts()}). */
    public int taskPolls() {
        return taskPolls.get();
    }

    private void setTaskStatus(String msgId, int status, Instant sentAt) {
        synchronized (lock) {
            MassTask task = tasks.get(msgId);
            if (task == null) {
                throw new IllegalArgumentException("no add_msg_template task " + msgId + "; known: " + tasks.keySet());
            }
            tasks.put(msgId, new MassTask(task.sender(), task.externalUserIds(), status, sentAt));
        }
    }

    // ---------------------------------------------------------------- customer groups and group robots

    /** Creates or replaces a customer group (what groupchat/list and groupchat/get answer from now on). */
    public void putCustomerGroup(CustomerGroup group) {
        synchronized (lock) {
            customerGroups.put(group.chatId(), group);
        }
    }

    /** The group is dismissed: groupchat/get answers errcode 701008 for it, groupchat/list omits it. */
    public void dismissCustomerGroup(String chatId) {
        synchronized (lock) {
            customerGroups.remove(chatId);
        }
    }

    /** A group robot webhook URL the fake accepts posts on ({@code /cgi-bin/webhook/send?key=…}). */
    public String robotWebhook(String key) {
        synchronized (lock) {
            robotKeys.add(key);
        }
        return baseUrl() + "/cgi-bin/webhook/send?key=" + key;
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
                    case "/cgi-bin/externalcontact/add_msg_template" -> addMsgTemplate(path, query, body);
                    case "/cgi-bin/externalcontact/get_groupmsg_send_result" -> groupMsgSendResult(query, body);
                    case "/cgi-bin/externalcontact/groupchat/list" -> groupChatList(query, body);
                    case "/cgi-bin/externalcontact/groupchat/get" -> groupChatGet(query, body);
                    case "/cgi-bin/webhook/send" -> robotSend(path, query, body);
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
        Reply refused = sendPreamble(api, query);
        if (refused != null) {
            return refused;
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

    /**
     * A customer-contact mass-send task: a send endpoint (counted, faulted, token-checked). Recorded as sent with
     * toUser = the customers outside the fail list joined by '|', content = text.content; not recorded at all
     * when every customer is in the fail list.
     */
    private Reply addMsgTemplate(String path, Map<String, String> query, String body) {
        Reply refused = sendPreamble(WECOM, query);
        if (refused != null) {
            return refused;
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            return Reply.ok(error(47001, "data format error"));
        }
        List<String> customers = new ArrayList<>();
        JsonElement ids = json.get("external_userid");
        if (ids != null && ids.isJsonArray()) {
            ids.getAsJsonArray().forEach(e -> customers.add(e.getAsString()));
        }
        String chatType = string(json, "chat_type");
        if (customers.isEmpty() && (chatType == null || "single".equals(chatType))) {
            return Reply.ok(error(40058, "invalid parameter: external_userid"));
        }
        String msgId = "msg" + msgIds.incrementAndGet();
        List<String> failed;
        List<String> reached;
        synchronized (lock) {
            failed = customers.stream().filter(failListed::contains).toList();
            reached = customers.stream().filter(c -> !failListed.contains(c)).toList();
            tasks.put(msgId, new MassTask(string(json, "sender"), reached, 0, null));
        }
        if (!reached.isEmpty()) {
            record(new RecordedSend(WECOM, path, String.join("|", reached), "text", content(json, "text"), body, Instant.now()));
        }
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.addProperty("msgid", msgId);
        com.google.gson.JsonArray failList = new com.google.gson.JsonArray();
        failed.forEach(failList::add);
        o.add("fail_list", failList);
        return Reply.ok(o.toString());
    }

    /** The per-customer result of a task for one sender (an empty list for another sender's userid, like WeCom). */
    private Reply groupMsgSendResult(Map<String, String> query, String body) {
        taskPolls.incrementAndGet();
        int tokenState = tokens.check(WECOM, query.get("access_token"));
        if (tokenState != TokenRegistry.OK) {
            return Reply.ok(tokenError(tokenState));
        }
        JsonObject req;
        try {
            req = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            return Reply.ok(error(47001, "data format error"));
        }
        MassTask task;
        synchronized (lock) {
            task = tasks.get(string(req, "msgid"));
        }
        if (task == null) {
            return Reply.ok(error(40058, "invalid parameter: msgid"));
        }
        String userId = string(req, "userid");
        com.google.gson.JsonArray list = new com.google.gson.JsonArray();
        if (userId == null || userId.equals(task.sender())) {
            for (String customer : task.externalUserIds()) {
                JsonObject row = new JsonObject();
                row.addProperty("external_userid", customer);
                row.addProperty("userid", task.sender());
                row.addProperty("status", task.status());
                if (task.sentAt() != null) {
                    row.addProperty("send_time", task.sentAt().getEpochSecond());
                }
                list.add(row);
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.addProperty("next_cursor", "");
        o.add("send_list", list);
        return Reply.ok(o.toString());
    }

    /** Customer groups, paged by cursor (the index of the next group) and limit, like WeCom. Token-checked. */
    private Reply groupChatList(Map<String, String> query, String body) {
        int tokenState = tokens.check(WECOM, query.get("access_token"));
        if (tokenState != TokenRegistry.OK) {
            return Reply.ok(tokenError(tokenState));
        }
        JsonObject req = JsonParser.parseString(body).getAsJsonObject();
        String cursorText = string(req, "cursor");
        int cursor = cursorText == null || cursorText.isEmpty() ? 0 : Integer.parseInt(cursorText);
        int limit = req.has("limit") ? req.get("limit").getAsInt() : 100;
        if (limit < 1 || limit > 1000) {
            return Reply.ok(error(40058, "invalid parameter: limit"));
        }
        List<CustomerGroup> all;
        synchronized (lock) {
            all = List.copyOf(customerGroups.values());
        }
        com.google.gson.JsonArray list = new com.google.gson.JsonArray();
        for (CustomerGroup g : all.subList(Math.min(cursor, all.size()), Math.min(cursor + limit, all.size()))) {
            JsonObject row = new JsonObject();
            row.addProperty("chat_id", g.chatId());
            row.addProperty("status", g.status());
            list.add(row);
        }
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.add("group_chat_list", list);
        o.addProperty("next_cursor", cursor + limit < all.size() ? Integer.toString(cursor + limit) : "");
        return Reply.ok(o.toString());
    }

    /** One customer group with its members; errcode 701008 (not a customer group / dismissed) for unknown ids. */
    private Reply groupChatGet(Map<String, String> query, String body) {
        int tokenState = tokens.check(WECOM, query.get("access_token"));
        if (tokenState != TokenRegistry.OK) {
            return Reply.ok(tokenError(tokenState));
        }
        JsonObject req = JsonParser.parseString(body).getAsJsonObject();
        CustomerGroup g;
        synchronized (lock) {
            g = customerGroups.get(string(req, "chat_id"));
        }
        if (g == null) {
            return Reply.ok(error(701008, "invalid chat_id"));
        }
        boolean needName = req.has("need_name") && req.get("need_name").getAsInt() == 1;
        JsonObject chat = new JsonObject();
        chat.addProperty("chat_id", g.chatId());
        chat.addProperty("name", g.name());
        chat.addProperty("owner", g.owner());
        chat.addProperty("create_time", Instant.now().getEpochSecond());
        com.google.gson.JsonArray members = new com.google.gson.JsonArray();
        for (GroupMember m : g.members()) {
            JsonObject row = new JsonObject();
            row.addProperty("userid", m.userId());
            row.addProperty("type", m.type());
            row.addProperty("join_time", m.joinedAt().getEpochSecond());
            row.addProperty("join_scene", 1);
            if (needName) {
                row.addProperty("name", m.name());
            }
            members.add(row);
        }
        chat.add("member_list", members);
        chat.add("admin_list", new com.google.gson.JsonArray());
        chat.addProperty("member_version", Integer.toHexString(g.members().hashCode()));
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.add("group_chat", chat);
        return Reply.ok(o.toString());
    }

    /** A group robot post: no access token, the key names the robot; counted and faulted like other sends. */
    private Reply robotSend(String path, Map<String, String> query, String body) {
        attempts.incrementAndGet();
        FaultQueue.Fault fault = faults.poll();
        if (fault != null && !fault.isDelay()) {
            return fault.httpStatus() > 0 ? new Reply(fault.httpStatus(), null)
                    : Reply.ok(error(fault.errcode(), fault.errmsg()));
        }
        if (fault != null && !sleep(fault.delay())) {
            return new Reply(503, null);
        }
        String key = query.get("key");
        boolean known;
        synchronized (lock) {
            known = robotKeys.contains(key);
        }
        if (!known) {
            return Reply.ok(error(93000, "invalid webhook url"));
        }
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        String msgType = string(json, "msgtype");
        record(new RecordedSend(ROBOT, path, key, msgType, content(json, msgType), body, Instant.now()));
        return Reply.ok(error(0, "ok"));
    }

    private Reply unknown(HttpExchange ex, String path, String body) {
        synchronized (lock) {
            unknown.add(new RecordedRequest(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), body, Instant.now()));
        }
        return Reply.ok(error(0, "ok"));
    }

    /** What every send endpoint does first: count, apply the next fault, check the token. Null: go on. */
    private Reply sendPreamble(String api, Map<String, String> query) {
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
        return tokenState == TokenRegistry.OK ? null : Reply.ok(tokenError(tokenState));
    }

    private static String tokenError(int tokenState) {
        return error(tokenState, switch (tokenState) {
            case TokenRegistry.MISSING -> "access_token missing";
            case TokenRegistry.EXPIRED -> "access_token expired";
            default -> "invalid access_token";
        });
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
