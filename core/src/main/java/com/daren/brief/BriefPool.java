package com.daren.brief;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every source's items and the curated ones, merged once and de-duplicated (same normalized URL or title: the
 * copy seen first wins), newest first. Built when the pool version in Redis moves (a fetch round, a curated item,
 * a source removed) and shared by every group's brief on this instance: a thousand groups cost one merge, not a
 * thousand fetches.
 */
public class BriefPool {

    /** The merged items and the sources whose last fetch failed (id → "url: reason"). */
    public record Pool(String version, List<FeedItem> items, Map<String, String> failing) {
    }

    private final BriefStore store;
    private final BriefSettings settings;
    private final Clock clock;
    private volatile Pool current = new Pool("", List.of(), Map.of());

    public BriefPool(BriefStore store, BriefSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public Pool current() {
        String version = store.poolVersion();
        Pool pool = current;
        if (pool.version().equals(version)) {
            return pool;
        }
        synchronized (this) {
            if (!current.version().equals(version)) {
                current = build(version);
            }
            return current;
        }
    }

    private Pool build(String version) {
        Instant oldest = clock.instant().minus(settings.maxAge());
        List<FeedSource> sources = store.sources();
        List<FeedItem> all = new ArrayList<>(store.curated(oldest));
        Map<String, String> failing = new LinkedHashMap<>();
        store.feedCaches(sources).forEach((id, cache) -> {
            all.addAll(cache.items());
            if (cache.failing()) {
                String url = sources.stream().filter(s -> s.id().equals(id)).findFirst().map(FeedSource::url).orElse(id);
                failing.put(id, url + ": " + cache.error());
            }
        });
        List<FeedItem> items = dedup(all, oldest);
        Duration ttl = settings.maxAge().plus(settings.keepShown());
        if (!settings.linkBase().isEmpty()) {
            Map<String, String> links = new HashMap<>();
            items.forEach(i -> links.put(shortCode(i), i.url()));
            store.saveLinks(links, ttl);
        }
        return new Pool(version, items, failing);
    }

    /** Newest first; curated items before feed items with the same URL or title; nothing older than {@code oldest}. */
    public static List<FeedItem> dedup(List<FeedItem> all, Instant oldest) {
        Map<String, FeedItem> byUrl = new LinkedHashMap<>();
        Map<String, String> titleToUrl = new HashMap<>();
        List<FeedItem> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing((FeedItem i) -> !i.curated()).thenComparing(FeedItem::firstSeen)
                .thenComparing(FeedItem::at));
        for (FeedItem item : ordered) {
            if (item.at().isBefore(oldest) && !item.curated()) {
                continue;
            }
            String urlKey = ItemKeys.urlKey(item);
            String titleKey = ItemKeys.titleKey(item);
            FeedItem same = byUrl.get(urlKey);
            if (same == null && !titleKey.isEmpty() && titleToUrl.containsKey(titleKey)) {
                same = byUrl.get(titleToUrl.get(titleKey));
            }
            if (same != null) {
                // the same story again (another source, or re-dated): keep the first, but never younger than this one
                FeedItem kept = same.seenSince(item.firstSeen());
                byUrl.put(ItemKeys.urlKey(same), kept);
                continue;
            }
            byUrl.put(urlKey, item);
            if (!titleKey.isEmpty()) {
                titleToUrl.put(titleKey, urlKey);
            }
        }
        List<FeedItem> out = new ArrayList<>(byUrl.values());
        out.sort(Comparator.comparing(FeedItem::at).reversed());
        return out;
    }

    /** Short-link code of an item: stable for a URL, so every group's brief links the same code. */
    public static String shortCode(FeedItem item) {
        return ItemKeys.digest(ItemKeys.normalizeUrl(item.url())).substring(0, 10);
    }
}
