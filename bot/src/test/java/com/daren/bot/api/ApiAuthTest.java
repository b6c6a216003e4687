package com.daren.bot.api;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.crm.io.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: the API key grid, answered as JSON; what stays open without a key. */
@DarenIntegrationTest
class ApiAuthTest {

    @LocalServerPort
    int port;

    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @Test
    void noKeyOrAnUnknownKeyIs401Json() {
        TestHttp.Answer none = http.get("/api/influencers", null);
        TestHttp.Answer wrong = http.get("/api/influencers", "not-a-key-of-anyone-here");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(none.json().get("message").asString()).contains("Authorization: Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asString()).contains("API 密钥无效");
    }

    @Test
    void aViewerMayReadButNotWrite() {
        assertThat(http.get("/api/influencers", TestHttp.VIEWER_KEY).status()).isEqualTo(200);

        TestHttp.Answer write = http.json("POST", "/api/influencers", TestHttp.VIEWER_KEY,
                Map.of("handle", "v" + UUID.randomUUID().toString().substring(0, 6), "platform", "douyin", "followers", 10));
        TestHttp.Answer upload = http.upload("/api/influencers/import", TestHttp.VIEWER_KEY, "a.csv",
                TestHttp.utf8("账号,平台,粉丝数\nx,抖音,1\n"), Map.of());

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asString()).isEqualTo("forbidden");
        assertThat(write.json().get("message").asString()).contains("运营").contains("观察员");
        assertThat(upload.status()).isEqualTo(403);
    }

    @Test
    void anOperatorMayWriteButOnlyAnAdminReadsTheAuditLog() {
        TestHttp.Answer created = http.json("POST", "/api/influencers", TestHttp.OPERATOR_KEY,
                Map.of("handle", "o" + UUID.randomUUID().toString().substring(0, 6), "platform", "douyin", "followers", 10));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(http.get("/api/audit?limit=5", TestHttp.OPERATOR_KEY).status()).isEqualTo(403);
        TestHttp.Answer log = http.get("/api/audit?limit=5", TestHttp.ADMIN_KEY);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().isArray()).isTrue();
    }

    @Test
    void aRefusedCallGoesToTheAuditLog() {
        http.json("PATCH", "/api/influencers/1", TestHttp.VIEWER_KEY, Map.of("followers", 1));

        TestHttp.Answer log = http.get("/api/audit?limit=20", TestHttp.ADMIN_KEY);

        assertThat(log.body()).contains("\"actor\":\"viewer\"").contains("\"command\":\"PATCH /api/influencers/1\"")
                .contains("\"outcome\":\"refused\"");
    }

    @Test
    void theApiDocumentTheSimulatorAndExportLinksNeedNoKey() {
        TestHttp.Answer docs = http.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/influencers/{id}").contains("/api/influencers/import").contains("bearer")
                .doesNotContain("/wecom/callback").doesNotContain("\"name\":\"caller\"");
        assertThat(http.get("/api/sim/outbox", null).status()).isEqualTo(200);
        assertThat(http.get("/api/exports/AAAAAAAAAAAAAAAAAAAAAA", null).status()).isEqualTo(404);
    }

    @Test
    void anUnknownApiPathStillNeedsAKey() {
        assertThat(http.get("/api/nothing-here", null).status()).isEqualTo(401);
    }
}
