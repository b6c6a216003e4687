package com.daren.bot.pipeline;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to the running service through the simulator API, as a script would; answers with the replies' text. */
public final class SimChat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public SimChat(int port) {
        this.port = port;
    }

    public String say(String sender, String text) {
        return say(sender, null, text);
    }

    public String say(String sender, String group, String text) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("sender", sender);
        if (group != null) {
            body.put("group", group);
        }
        body.put("text", text);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sim/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode replies = JSON.readTree(response.body()).get("replies");
            return replies.values().stream().map(r -> r.get("text").asString()).collect(Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
