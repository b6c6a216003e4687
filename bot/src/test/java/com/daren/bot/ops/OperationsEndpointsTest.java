package com.daren.bot.ops;

import com.daren.bot.DarenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator tells whether Redis and WeChat are reachable, and nothing about the configuration. */
@DarenIntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthShowsRedisAndWeChatWithoutDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"redis\"").contains("\"wechat\"").contains("\"UP\"")
                .doesNotContain("version").doesNotContain("path");
    }

    @Test
    void metricsAreExposed() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void nothingThatLeaksConfigurationIsExposed() throws Exception {
        for (String endpoint : new String[] {"env", "configprops", "beans", "heapdump", "threaddump", "loggers", "mappings"}) {
            assertThat(get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
