package com.daren.bot.crm.io;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Real HTTP against the running service, with the demo roster's API keys (config/operators.yml). */
public final class TestHttp {

    public static final String ADMIN_KEY = "local-admin-api-key";
    public static final String OPERATOR_KEY = "local-operator-api-key";
    public static final String VIEWER_KEY = "local-viewer-api-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    /** A response with its body as text and, when it is JSON, parsed. */
    public record Answer(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Answer get(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        return send(auth(b, key));
    }

    public Answer json(String method, String path, String key, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(auth(b, key));
    }

    /** multipart/form-data with one file part {@code file} and any text fields. */
    public Answer upload(String path, String key, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----daren" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(auth(b, key));
    }

    public Answer importFile(String fileName, byte[] content) {
        return upload("/api/influencers/import", OPERATOR_KEY, fileName, content, Map.of());
    }

    public Answer simSay(String sender, String group, String text) {
        Map<String, String> message = group == null ? Map.of("sender", sender, "text", text)
                : Map.of("sender", sender, "group", group, "text", text);
        return json("POST", "/api/sim/messages", null, message);
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String key) {
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
