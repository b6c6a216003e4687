package com.daren.bot.community.activity;

import java.util.List;

/** A row of ▁▂▃▄▅▆▇█ scaled to the largest value (0 is the lowest bar), for chat-sized charts. */
public final class Sparkline {

    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {
    }

    public static String of(List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (long v : values) {
            int level = max == 0 ? 0 : (int) Math.round((double) v / max * (BARS.length - 1));
            out.append(BARS[level]);
        }
        return out.toString();
    }
}
