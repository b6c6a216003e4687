package com.daren.brief;

import java.time.Instant;

/**
 * One headline, from a feed or curated by an operator.
 *
 * @param source    the source id it came from ({@code curated} for operators' items)
 * @param published what the feed says (or null); {@link #at()} is what recency uses
 * @param firstSeen when Daren first saw this item: a feed that re-dates yesterday's item does not make it fresh
 * @param summary   plain text, short, for keyword matching only
 */
public record FeedItem(String url, String title, String source, String topic, Instant published, Instant firstSeen,
                       String summary) {

    static final String CURATED = "curated";

    public FeedItem {
        url = clean(url);
        title = clean(title);
        topic = topic == null ? "" : clean(topic);
        summary = summary == null ? "" : clean(summary);
    }

    /** An operator's pick: pinned above feed items in every group's next brief (once per group). */
    public static FeedItem curated(String url, String title, Instant at) {
        return new FeedItem(url, title, CURATED, "", at, at, "");
    }

    /** When the item counts as new: the earlier of its date and when it was first seen. */
    public Instant at() {
        return published == null || published.isAfter(firstSeen) ? firstSeen : published;
    }

    public boolean curated() {
        return CURATED.equals(source);
    }

    FeedItem seenSince(Instant earlier) {
        return earlier.isBefore(firstSeen) ? new FeedItem(url, title, source, topic, published, earlier, summary) : this;
    }

    /** One line, tab-separated (fields hold no tabs or line breaks, see {@link #clean}). */
    String encode() {
        return String.join("\t", url, title, source, topic, published == null ? "" : Long.toString(published.toEpochMilli()),
                Long.toString(firstSeen.toEpochMilli()), summary);
    }

    static FeedItem decode(String line) {
        String[] f = line.split("\t", -1);
        return new FeedItem(f[0], f[1], f[2], f[3], f[4].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f[4])),
                Instant.ofEpochMilli(Long.parseLong(f[5])), f.length > 6 ? f[6] : "");
    }

    /** Control characters (tabs, line breaks) become spaces; runs of spaces collapse. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
