package com.daren.brief;

import java.util.List;

/** What one fetch of a feed gave. */
public sealed interface FetchResult {

    /** Parsed; the validators are for the next conditional request (either may be empty). */
    record Fetched(List<FeedItem> items, String etag, String lastModified) implements FetchResult {
    }

    /** 304: the cached items are still current. */
    record NotModified() implements FetchResult {
    }

    /** Nothing usable; {@code reason} is what the owner is told (HTTP 404, timeout, not a feed …). */
    record Failed(String reason) implements FetchResult {
    }
}
