package com.daren.crm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sub-scores of the three scorecards (PRODUCT.md). Each scorecard sums to 100; the total is the mean of the
 * three scorecards.
 */
public enum ScoreItem {
    RECENT_ER(ScoreCard.ENGAGEMENT, 25, "近期互动率", "er"),
    COMMENT_QUALITY(ScoreCard.ENGAGEMENT, 25, "评论质量", "comments"),
    CONSISTENCY(ScoreCard.ENGAGEMENT, 25, "更新稳定性", "稳定性"),
    GROWTH(ScoreCard.ENGAGEMENT, 25, "增长", "增长趋势"),
    RESPONSIVENESS(ScoreCard.PARTNERSHIP, 20, "响应速度", "响应"),
    PROFESSIONALISM(ScoreCard.PARTNERSHIP, 20, "专业度", "专业"),
    CONTENT_QUALITY(ScoreCard.PARTNERSHIP, 30, "内容质量", "content"),
    RESULTS(ScoreCard.PARTNERSHIP, 30, "合作效果", "效果"),
    AUDIENCE_MATCH(ScoreCard.STRATEGIC, 30, "受众匹配", "audience"),
    BRAND_ALIGNMENT(ScoreCard.STRATEGIC, 30, "品牌契合", "brand"),
    GROWTH_POTENTIAL(ScoreCard.STRATEGIC, 20, "成长潜力", "potential"),
    COMPETITIVE_EDGE(ScoreCard.STRATEGIC, 20, "竞争优势", "edge");

    private final ScoreCard card;
    private final int max;
    private final String zh;
    private final List<String> aliases;

    ScoreItem(ScoreCard card, int max, String zh, String... aliases) {
        this.card = card;
        this.max = max;
        this.zh = zh;
        this.aliases = List.of(aliases);
    }

    public ScoreCard card() {
        return card;
    }

    public int max() {
        return max;
    }

    public String zh() {
        return zh;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScoreItem> parse(String text) {
        String t = text.strip().replace('-', '_');
        return Arrays.stream(values())
                .filter(i -> i.name().equalsIgnoreCase(t) || i.zh.equals(t) || i.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t)))
                .findFirst();
    }

    /** The three scorecards, each out of 100. */
    public enum ScoreCard {
        ENGAGEMENT("互动"),
        PARTNERSHIP("合作"),
        STRATEGIC("战略");

        private final String zh;

        ScoreCard(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<ScoreCard> parse(String text) {
            String t = text.strip();
            return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.zh.equals(t)).findFirst();
        }

        public List<ScoreItem> items() {
            return Arrays.stream(ScoreItem.values()).filter(i -> i.card == this).toList();
        }
    }
}
