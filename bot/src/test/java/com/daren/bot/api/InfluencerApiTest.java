package com.daren.bot.api;

import com.daren.audit.AuditEntry;
import com.daren.audit.AuditLog;
import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.crm.io.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The influencer API: create, read, filter, change, status moves and their history, with audit. */
@DarenIntegrationTest
class InfluencerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private TestHttp http;
    private String handle;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        handle = "a" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void createdWithChineseKeysAndTheChatsNumberFormatsThenReadBack() {
        TestHttp.Answer created = create(Map.of("账号", "@" + handle, "平台", "小红书", "粉丝", "1.2w", "er", "8%",
                "tags", List.of("美妆", "护肤"), "phone", "13812345678"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/influencers/" + body.get("id").asString());
        assertThat(body.get("handle").asString()).isEqualTo(handle);
        assertThat(body.get("followers").asLong()).isEqualTo(12_000);
        assertThat(body.get("tier").asString()).isEqualTo("mid");
        assertThat(body.get("engagementRate").asDouble()).isEqualTo(0.08);
        assertThat(body.get("owner").asString()).isEqualTo("op_li");

        String id = body.get("id").asString();
        assertThat(http.get("/api/influencers/" + id, TestHttp.OPERATOR_KEY).json().get("phone").asString()).isEqualTo("13812345678");
        assertThat(http.get("/api/influencers/" + id, TestHttp.VIEWER_KEY).json().get("phone").asString()).isEqualTo("138****5678");
    }

    @Test
    void theListTakesTheChatsFiltersAndPages() {
        for (int i = 0; i < 3; i++) {
            create(Map.of("handle", handle + i, "platform", "douyin", "followers", 1000 * (i + 1), "tags", handle));
        }

        JsonNode page = http.get("/api/influencers?tag=" + handle + "&sort=-followers&size=2", TestHttp.VIEWER_KEY).json();

        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("pages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("handle").asString()).isEqualTo(handle + "2");
        JsonNode filtered = http.get("/api/influencers?tag=" + handle + "&followers=1.5k-10k", TestHttp.VIEWER_KEY).json();
        assertThat(filtered.get("total").asInt()).isEqualTo(2);
        TestHttp.Answer bad = http.get("/api/influencers?tier=huge", TestHttp.VIEWER_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asString()).contains("档位「huge」无效");
    }

    @Test
    void aChangeIsAuditedWithBeforeAndAfter() {
        String id = create(Map.of("handle", handle, "platform", "weibo", "followers", 12000)).json().get("id").asString();

        TestHttp.Answer patched = http.json("PATCH", "/api/influencers/" + id, TestHttp.OPERATOR_KEY,
                Map.of("followers", 15000, "status", "contacted", "reason", "first DM"));

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("status").asString()).isEqualTo("contacted");
        AuditEntry entry = audit.recent(50).stream()
                .filter(e -> e.command().equals("PATCH /api/influencers/" + id)).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("op_li");
        assertThat(entry.channel()).isEqualTo("api");
        assertThat(entry.outcome()).isEqualTo("ok");
        assertThat(entry.detail()).contains("12000 → 15000").contains("prospect → contacted");
        JsonNode history = http.get("/api/influencers/" + id + "/history", TestHttp.VIEWER_KEY).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("from").asString()).isEqualTo("prospect");
        assertThat(history.get(1).get("to").asString()).isEqualTo("contacted");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("first DM");
        assertThat(history.get(1).get("by").asString()).isEqualTo("op_li");
    }

    @Test
    void aStatusMoveThePipelineForbidsIs409WithTheAllowedMoves() {
        String id = create(Map.of("handle", handle, "platform", "weibo", "followers", 100)).json().get("id").asString();

        TestHttp.Answer refused = http.json("PATCH", "/api/influencers/" + id, TestHttp.OPERATOR_KEY, Map.of("status", "active"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).isEqualTo("illegal_transition");
        assertThat(refused.json().get("allowed").toString()).isEqualTo("[\"contacted\",\"inactive\",\"opted_out\"]");
        assertThat(refused.json().get("message").asString()).contains("待联系").contains("合作中");
        assertThat(http.get("/api/influencers/" + id, TestHttp.VIEWER_KEY).json().get("status").asString()).isEqualTo("prospect");
    }

    @Test
    void mistakesAreJson4xxWithoutAStackTrace() {
        assertError(http.get("/api/influencers/999999999", TestHttp.VIEWER_KEY), 404, "not_found");
        assertError(create(Map.of("handle", handle, "platform", "douyin")), 400, "bad_request");
        assertError(create(Map.of("handle", handle, "platform", "myspace", "followers", 1)), 400, "bad_request");
        assertError(create(Map.of("handle", handle, "platform", "douyin", "followers", "lots")), 400, "bad_request");
        assertError(create(Map.of("handle", handle, "platform", "douyin", "followers", 1, "shoe_size", 42)), 400, "bad_request");
        create(Map.of("handle", handle, "platform", "douyin", "followers", 1));
        assertError(create(Map.of("handle", handle, "platform", "douyin", "followers", 1)), 409, "duplicate");
        TestHttp.Answer notJson = http.json("POST", "/api/influencers", TestHttp.OPERATOR_KEY, "[1,2");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    private TestHttp.Answer create(Map<String, Object> fields) {
        return http.json("POST", "/api/influencers", TestHttp.OPERATOR_KEY, fields);
    }

    private static void assertError(TestHttp.Answer answer, int status, String error) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("error").asString()).isEqualTo(error);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.");
    }
}
