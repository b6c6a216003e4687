package com.daren.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checks every response while measuring and counts what went wrong: a non-200 status, an empty body or one
 * without an encrypted reply, a transport failure; one response in {@code decryptEvery} is also decrypted (its
 * signature verified as WeChat would) and must contain the expected text. Thread-safe. Counted in the load
 * driver's JVM and carried to the benchmark's as one line ({@link #encode()}, {@link #decode}).
 */
final class Outcomes {

    private final Target target;
    private final int decryptEvery;
    private final AtomicLong responses = new AtomicLong();
    private final LongAdder ok = new LongAdder();
    private final LongAdder decrypted = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    Outcomes(Target target, int decryptEvery) {
        this.target = target;
        this.decryptEvery = Math.max(1, decryptEvery);
    }

    void check(HttpConnection.Response response) {
        if (response.status() != 200) {
            error("HTTP " + response.status(), response.body());
            return;
        }
        String body = response.body();
        if (body == null || body.isEmpty()) {
            error("empty reply", "");
            return;
        }
        if (!body.contains("<Encrypt>")) {
            error("reply not encrypted", body);
            return;
        }
        if (responses.getAndIncrement() % decryptEvery == 0) {
            try {
                String wrong = target.checkReply(target.weChat().decryptReply(body));
                if (wrong != null) {
                    error("wrong reply text", wrong);
                    return;
                }
                decrypted.increment();
            } catch (RuntimeException | AssertionError e) {
                error("undecryptable reply", e.toString());
                return;
            }
        }
        ok.increment();
    }

    void failed(Throwable e) {
        error(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }

    private void error(String kind, String example) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        examples.putIfAbsent(kind, example == null ? "" : example.length() > 300 ? example.substring(0, 300) : example);
    }

    long ok() {
        return ok.sum();
    }

    long decrypted() {
        return decrypted.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** "HTTP 503: 12, empty reply: 1", or "none". */
    String errorSummary() {
        if (errors.isEmpty()) {
            return "none";
        }
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((k, v) -> sorted.put(k, v.sum()));
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
        return sb.toString();
    }

    Map<String, String> examples() {
        return Map.copyOf(examples);
    }

    /** The counts and examples as one line of text without spaces (base64 of "ok decrypted" and one line per error). */
    String encode() {
        StringBuilder sb = new StringBuilder().append(ok.sum()).append(' ').append(decrypted.sum());
        errors.forEach((kind, count) -> sb.append('\n').append(count.sum()).append(' ').append(b64(kind)).append(' ')
                .append(b64(examples.getOrDefault(kind, ""))));
        return b64(sb.toString());
    }

    /** What {@link #encode()} wrote, for reading only (it checks nothing further). */
    static Outcomes decode(String encoded) {
        Outcomes o = new Outcomes(null, 1);
        String[] lines = unb64(encoded).split("\n");
        String[] counts = lines[0].split(" ");
        o.ok.add(Long.parseLong(counts[0]));
        o.decrypted.add(Long.parseLong(counts[1]));
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(" ", -1);
            String kind = unb64(f[1]);
            o.errors.computeIfAbsent(kind, k -> new LongAdder()).add(Long.parseLong(f[0]));
            o.examples.put(kind, unb64(f[2]));
        }
        return o;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
