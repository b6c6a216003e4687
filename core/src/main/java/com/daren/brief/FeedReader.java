package com.daren.brief;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed over HTTP and parses it with Rome. The whole exchange (connect, headers, body) has one deadline,
 * bodies over the size cap are cut off and refused, and conditional requests (ETag / Last-Modified) let an
 * unchanged feed answer 304. Rome refuses DOCTYPE declarations by default, so an entity-expansion or external-entity
 * feed fails to parse instead of reading files or the network.
 */
public class FeedReader {

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxItems;
    private final Clock clock;

    public FeedReader(Duration timeout, long maxBytes, int maxItems, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxItems = maxItems;
        this.clock = clock;
    }

    public FetchResult read(FeedSource source, String etag, String lastModified) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(source.url())).timeout(timeout)
                    .header("User-Agent", "Daren-Brief/1.0").header("Accept",
                            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed("bad URL");
        }
        if (etag != null && !etag.isEmpty()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isEmpty()) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request.build(), info -> new Capped(maxBytes));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new FetchResult.Failed("timeout after " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof TooLarge) {
                return new FetchResult.Failed("larger than " + maxBytes / 1024 + " KB");
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return new FetchResult.Failed("timeout after " + timeout.toSeconds() + " s");
            }
            return new FetchResult.Failed("cannot connect (" + cause.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed("interrupted");
        }
        if (response.statusCode() == 304) {
            return new FetchResult.NotModified();
        }
        if (response.statusCode() / 100 != 2) {
            return new FetchResult.Failed("HTTP " + response.statusCode());
        }
        try {
            List<FeedItem> items = parse(source, response.body(), clock.instant());
            return new FetchResult.Fetched(items, response.headers().firstValue("ETag").orElse(""),
                    response.headers().firstValue("Last-Modified").orElse(""));
        } catch (FeedException | RuntimeException e) {
            return new FetchResult.Failed("not a valid RSS/Atom feed (" + FeedItem.clean(String.valueOf(e.getMessage()))
                    .replaceAll("(.{0,80}).*", "$1") + ")");
        }
    }

    /** Parses a feed body; items without a link or a title are dropped. */
    public List<FeedItem> parse(FeedSource source, byte[] body, Instant now) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink()
                    : entry.getLinks().isEmpty() ? entry.getUri() : entry.getLinks().get(0).getHref();
            if (link == null || link.isBlank() || entry.getTitle() == null || entry.getTitle().isBlank()) {
                continue;
            }
            java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(link, entry.getTitle(), source.id(), source.topic(),
                    date == null ? null : date.toInstant(), now, summary(entry.getDescription())));
            if (items.size() >= maxItems) {
                break;
            }
        }
        return items;
    }

    private static String summary(SyndContent description) {
        if (description == null || description.getValue() == null) {
            return "";
        }
        String text = FeedItem.clean(description.getValue().replaceAll("<[^>]*>", " "));
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("body over the size cap", null, false, false);
        }
    }

    /** Collects the body up to a cap; beyond it the exchange fails (and the connection is dropped). */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> done = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (out.size() + b.remaining() > max) {
                    subscription.cancel();
                    done.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done.complete(out.toByteArray());
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return done;
        }
    }
}
