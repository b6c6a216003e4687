package com.daren.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeWeChatServerTest {

    private final FakeWeChatServer server = FakeWeChatServer.start("corp1", "csecret", "wxapp1", "msecret");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void issuedWeComTokenSendsAndMadeUpTokenIsRejected() throws Exception {
        JsonObject tok = get("/cgi-bin/gettoken?corpid=corp1&corpsecret=csecret");
        assertEquals(0, tok.get("errcode").getAsInt());
        assertEquals(7200, tok.get("expires_in").getAsInt());
        String token = tok.get("access_token").getAsString();

        JsonObject ok = post("/cgi-bin/message/send?access_token=" + token,
                "{\"touser\":\"zhangsan\",\"msgtype\":\"text\",\"agentid\":1000002,\"text\":{\"content\":\"你好\"}}");
        assertEquals(0, ok.get("errcode").getAsInt());
        assertEquals("", ok.get("invaliduser").getAsString());
        assertTrue(ok.has("msgid"));

        JsonObject bad = post("/cgi-bin/message/send?access_token=madeup", "{\"touser\":\"x\",\"msgtype\":\"text\"}");
        assertEquals(40014, bad.get("errcode").getAsInt());

        List<RecordedSend> sent = server.awaitSends(1, Duration.ofSeconds(1));
        assertEquals(1, sent.size());
        RecordedSend s = sent.get(0);
        assertEquals("wecom", s.api());
        assertEquals("zhangsan", s.toUser());
        assertEquals("text", s.msgType());
        assertEquals("你好", s.content());
        assertEquals(2, server.attempts());
        assertEquals(1, server.tokenRequests("wecom"));
    }

    @Test
    void tokenEndpointsCheckCredentials() throws Exception {
        assertEquals(40013, get("/cgi-bin/gettoken?corpid=nope&corpsecret=csecret").get("errcode").getAsInt());
        assertEquals(40001, get("/cgi-bin/gettoken?corpid=corp1&corpsecret=nope").get("errcode").getAsInt());
        assertEquals(40013, get("/cgi-bin/token?grant_type=client_credential&appid=nope&secret=msecret")
                .get("errcode").getAsInt());
        JsonObject mp = get("/cgi-bin/token?grant_type=client_credential&appid=wxapp1&secret=msecret");
        String mpToken = mp.get("access_token").getAsString();
        // A token only works for the API that issued it.
        assertEquals(40014, post("/cgi-bin/message/send?access_token=" + mpToken, "{}").get("errcode").getAsInt());
        assertEquals(0, post("/cgi-bin/message/custom/send?access_token=" + mpToken,
                "{\"touser\":\"openid1\",\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}").get("errcode").getAsInt());
        assertEquals("mp", server.sent().get(0).api());
        assertEquals(2, server.tokenRequests("mp"));
    }

    @Test
    void failNextAnswersTheErrcodeAndDeliversNothing() throws Exception {
        String token = wecomToken();
        server.failNext(2, 45009, "api freq out of limit");
        String body = "{\"touser\":\"u\",\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"**hi**\"}}";
        assertEquals(45009, post("/cgi-bin/message/send?access_token=" + token, body).get("errcode").getAsInt());
        assertEquals(45009, post("/cgi-bin/message/send?access_token=" + token, body).get("errcode").getAsInt());
        assertTrue(server.sent().isEmpty());
        assertEquals(0, post("/cgi-bin/message/send?access_token=" + token, body).get("errcode").getAsInt());
        assertEquals("**hi**", server.sent().get(0).content());
        assertEquals(3, server.attempts());
    }

    @Test
    void httpStatusFaultHasEmptyBody() throws Exception {
        String token = wecomToken();
        server.failNextWithHttpStatus(1, 502);
        HttpResponse<String> r = http.send(postRequest("/cgi-bin/message/send?access_token=" + token, "{}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(502, r.statusCode());
        assertEquals("", r.body());
        assertEquals(1, server.attempts());
        assertTrue(server.sent().isEmpty());
    }

    @Test
    void delayedSendTimesOutClientButIsStillDelivered() throws Exception {
        String token = wecomToken();
        server.delayNext(1, Duration.ofMillis(800));
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cgi-bin/message/send?access_token=" + token))
                .timeout(Duration.ofMillis(200))
                .POST(HttpRequest.BodyPublishers.ofString("{\"touser\":\"u\",\"msgtype\":\"text\",\"text\":{\"content\":\"late\"}}"))
                .build();
        assertThrows(HttpTimeoutException.class, () -> http.send(req, HttpResponse.BodyHandlers.ofString()));
        assertEquals("late", server.awaitSends(1, Duration.ofSeconds(3)).get(0).content());
    }

    @Test
    void expiredTokensAnswer42001() throws Exception {
        String token = wecomToken();
        server.expireAllTokens();
        assertEquals(42001, post("/cgi-bin/message/send?access_token=" + token, "{}").get("errcode").getAsInt());
        assertEquals(0, post("/cgi-bin/message/send?access_token=" + wecomToken(),
                "{\"touser\":\"u\",\"msgtype\":\"text\",\"text\":{\"content\":\"x\"}}").get("errcode").getAsInt());
    }

    @Test
    void unknownPathsAreAnsweredAndListedSeparately() throws Exception {
        assertEquals(0, post("/cgi-bin/user/get?access_token=x", "").get("errcode").getAsInt());
        assertEquals("/cgi-bin/user/get", server.unknownRequests().get(0).path());
        assertTrue(server.sent().isEmpty());
        AssertionError e = assertThrows(AssertionError.class, () -> server.awaitSends(1, Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains("/cgi-bin/user/get"), e.getMessage());
        server.clear();
        assertTrue(server.unknownRequests().isEmpty());
    }

    private String wecomToken() throws Exception {
        return get("/cgi-bin/gettoken?corpid=corp1&corpsecret=csecret").get("access_token").getAsString();
    }

    private JsonObject get(String pathAndQuery) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).GET().build();
        return JsonParser.parseString(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject();
    }

    private JsonObject post(String pathAndQuery, String body) throws Exception {
        HttpResponse<String> r = http.send(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private HttpRequest postRequest(String pathAndQuery, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
