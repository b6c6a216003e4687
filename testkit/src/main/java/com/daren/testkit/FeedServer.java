package com.daren.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RSS and Atom feeds on a local port (JDK HttpServer), for the brief's tests and benchmark: good feeds, broken
 * ones, slow ones, missing ones, and conditional requests (a feed with an ETag answers 304 to If-None-Match).
 */
public final class FeedServer implements AutoCloseable {

    /** One entry of a generated feed. */
    public record Entry(String title, String link, Instant published, String description) {
    }

    private record Response(int status, String contentType, byte[] body, Duration delay, String etag) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private FeedServer(int threads) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    public static FeedServer start() {
        return new FeedServer(16);
    }

    public static FeedServer start(int threads) {
        return new FeedServer(threads);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer rss(String path, String title, List<Entry> entries) {
        return respond(path, 200, "application/rss+xml; charset=utf-8", rssXml(title, entries), Duration.ZERO, null);
    }

    public FeedServer atom(String path, String title, List<Entry> entries) {
        return respond(path, 200, "application/atom+xml; charset=utf-8", atomXml(title, entries), Duration.ZERO, null);
    }

    /** An RSS feed answering 304 to a request that sends its ETag back. */
    public FeedServer rssWithEtag(String path, String title, List<Entry> entries, String etag) {
        return respond(path, 200, "application/rss+xml; charset=utf-8", rssXml(title, entries), Duration.ZERO, etag);
    }

    public FeedServer slow(String path, Duration delay, String title, List<Entry> entries) {
        return respond(path, 200, "application/rss+xml; charset=utf-8", rssXml(title, entries), delay, null);
    }

    public FeedServer respond(String path, int status, String contentType, String body, Duration delay, String etag) {
        responses.put(path, new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), delay, etag));
        return this;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Response r = responses.get(path);
        try (exchange) {
            if (r == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!r.delay().isZero()) {
                try {
                    Thread.sleep(r.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.etag() != null) {
                exchange.getResponseHeaders().add("ETag", r.etag());
                if (r.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to do
        }
    }

    public static String rssXml(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(escape(title)).append("</title><link>http://example.com/</link><description>test</description>\n");
        for (Entry e : entries) {
            xml.append("<item><title>").append(escape(e.title())).append("</title><link>").append(escape(e.link()))
                    .append("</link>");
            if (e.published() != null) {
                xml.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published().atOffset(ZoneOffset.UTC)))
                        .append("</pubDate>");
            }
            if (e.description() != null) {
                xml.append("<description>").append(escape(e.description())).append("</description>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    public static String atomXml(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(escape(title)).append("</title><id>urn:test:").append(escape(title)).append("</id><updated>")
                .append(DateTimeFormatter.ISO_INSTANT.format(Instant.EPOCH)).append("</updated>\n");
        for (Entry e : entries) {
            String at = DateTimeFormatter.ISO_INSTANT.format(e.published() == null ? Instant.EPOCH : e.published());
            xml.append("<entry><title>").append(escape(e.title())).append("</title><link href=\"").append(escape(e.link()))
                    .append("\"/><id>").append(escape(e.link())).append("</id><updated>").append(at).append("</updated>");
            if (e.published() != null) {
                xml.append("<published>").append(at).append("</published>");
            }
            if (e.description() != null) {
                xml.append("<summary>").append(escape(e.description())).append("</summary>");
            }
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
