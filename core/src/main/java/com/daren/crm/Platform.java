package com.daren.crm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Content platforms an influencer has a handle on. */
public enum Platform {
    XIAOHONGSHU("小红书", "xhs", "red", "rednote"),
    DOUYIN("抖音", "dy"),
    WEIBO("微博", "wb"),
    BILIBILI("B站", "b站", "bili", "哔哩哔哩"),
    CHANNELS("视频号", "wechat-channels", "sph");

    private final String zh;
    private final List<String> aliases;

    Platform(String zh, String... aliases) {
        this.zh = zh;
        this.aliases = List.of(aliases);
    }

    public String zh() {
        return zh;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> parse(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(t) || p.zh.equalsIgnoreCase(t)
                        || p.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t)))
                .findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(Platform::id).toList());
    }
}
