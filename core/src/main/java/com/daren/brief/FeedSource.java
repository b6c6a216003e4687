package com.daren.brief;

import java.time.Instant;

/** An RSS or Atom feed operators added, under a topic (e.g. 美妆, 电商). */
public record FeedSource(String id, String url, String topic, String addedBy, Instant addedAt) {
}
