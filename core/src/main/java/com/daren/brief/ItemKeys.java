package com.daren.brief;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes two items the same story: the same URL once scheme and host case, tracking parameters, the fragment,
 * a default port and a trailing slash are ignored, or the same title once case, width, punctuation and spacing
 * are. Keys are short digests, so they can be stored per group for weeks.
 */
public final class ItemKeys {

    private static final List<String> TRACKING = List.of("utm_", "spm", "from", "fbclid", "gclid", "share_", "wfr",
            "scene", "clicktime", "enterid", "sessionid");

    private ItemKeys() {
    }

    public static String normalizeUrl(String url) {
        String raw = url == null ? "" : url.strip();
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return raw;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !tracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            // http and https of the same page are one story
            return host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return raw;
        }
    }

    public static String normalizeTitle(String title) {
        String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return t.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }

    /** The URL key ({@code u:…}) of an item. */
    public static String urlKey(FeedItem item) {
        return "u:" + digest(normalizeUrl(item.url()));
    }

    /** The title key ({@code t:…}); empty when the title has nothing left to compare. */
    public static String titleKey(FeedItem item) {
        String t = normalizeTitle(item.title());
        return t.isEmpty() ? "" : "t:" + digest(t);
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean tracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return TRACKING.stream().anyMatch(t -> t.endsWith("_") ? name.startsWith(t) : name.equals(t));
    }
}
