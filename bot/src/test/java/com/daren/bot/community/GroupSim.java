package com.daren.bot.community;

import com.daren.bot.SimulatorClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drives simulator groups the way the chat page does: messages, joins and leaves; reads the outbox back. */
final class GroupSim {

    /** One message the bot sent through the simulator. */
    record Sent(String recipientId, String chatId, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final SimulatorClient chat;
    private final int port;

    GroupSim(int port) {
        this.port = port;
        this.chat = new SimulatorClient(port);
    }

    String say(String sender, String group, String text) {
        return chat.say(sender, group, text);
    }

    String say(String sender, String text) {
        return chat.say(sender, text);
    }

    void join(String group, String member, String name) {
        post("/api/sim/events", Map.of("group", group, "member", member, "name", name, "type", "join"));
    }

    void leave(String group, String member) {
        post("/api/sim/events", Map.of("group", group, "member", member, "type", "leave"));
    }

    int postEvent(Map<String, String> body) {
        return send("/api/sim/events", body).statusCode();
    }

    /** Everything sent into one simulator group, oldest first. */
    List<Sent> sentTo(String group) {
        return outbox().stream().filter(s -> group.equals(s.chatId())).toList();
    }

    /** Everything sent one-to-one to someone (operator alerts, reports), oldest first. */
    List<Sent> sentDirectlyTo(String recipient) {
        return outbox().stream().filter(s -> s.chatId() == null && recipient.equals(s.recipientId())).toList();
    }

    List<Sent> outbox() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/sim/outbox")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Sent> out = new ArrayList<>();
            for (JsonNode m : JSON.readTree(r.body()).get("messages")) {
                out.add(new Sent(text(m, "recipientId"), text(m, "chatId"), text(m, "text")));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void post(String path, Map<String, String> body) {
        HttpResponse<String> r = send(path, body);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> send(String path, Map<String, String> body) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
