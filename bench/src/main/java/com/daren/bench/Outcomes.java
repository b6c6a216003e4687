package com.daren.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checks every response while measuring and counts what went wrong: a non-200 status, an empty body or one
 * without an encrypted reply, a transport failure; one response in {@code decryptEvery} is also decrypted (its
 * signature verified as WeChat would) and must contain the expected text. Thread-safe.
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

    void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            error("HTTP " + response.statusCode(), response.body());
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
}
