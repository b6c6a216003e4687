package com.daren.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks to the simulator API the way the chat page does; returns the bot's answer text. */
public final class SimulatorClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public SimulatorClient(int port) {
        this.port = port;
    }

    public String say(String sender, String text) {
        return say(sender, null, text);
    }

    public String say(String sender, String group, String text) {
        String json = "{\"sender\":" + quote(sender) + (group == null ? "" : ",\"group\":" + quote(group))
                + ",\"text\":" + quote(text) + "}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sim/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("simulator answered " + response.statusCode() + ": " + response.body());
            }
            return replies(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The texts of all replies, joined by newlines (JSON unescaped for the characters templates produce). */
    private static String replies(String json) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while ((i = json.indexOf("\"text\":\"", i)) >= 0) {
            i += 8;
            StringBuilder text = new StringBuilder();
            while (json.charAt(i) != '"') {
                char c = json.charAt(i);
                if (c == '\\') {
                    char n = json.charAt(++i);
                    switch (n) {
                        case 'n' -> text.append('\n');
                        case 't' -> text.append('\t');
                        case 'u' -> {
                            text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> text.append(n);
                    }
                } else {
                    text.append(c);
                }
                i++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text);
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
