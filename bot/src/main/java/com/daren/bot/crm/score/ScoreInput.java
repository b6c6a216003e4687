package com.daren.bot.crm.score;

import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.crm.ScoreItem;
import com.daren.crm.ScoreItem.ScoreCard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scores an operator types: sub-scores ({@code comment_quality=18}, {@code 评论质量=18/25}) and whole scorecards
 * ({@code engagement=72}, {@code 互动=18/25} scaled to 72). Each is an optional option of {@code /daren score},
 * keyed by the item's name, Chinese name and aliases, because the argument binder accepts declared keys only.
 *
 * @param items sub-scores given, each within its maximum
 * @param cards scorecards given directly, each 0–100
 */
record ScoreInput(Map<ScoreItem, Integer> items, Map<ScoreCard, Integer> cards) {

    private static final Pattern SCORE = Pattern.compile("(\\d{1,6})(?:/(\\d{1,6}))?");

    /** ScoreItem's aliases (it has no accessor for them); ScoreInputTest checks each still parses to its item. */
    static final Map<ScoreItem, List<String>> KNOWN_ALIASES = Map.ofEntries(
            Map.entry(ScoreItem.RECENT_ER, List.of("er")),
            Map.entry(ScoreItem.COMMENT_QUALITY, List.of("comments")),
            Map.entry(ScoreItem.CONSISTENCY, List.of("稳定性")),
            Map.entry(ScoreItem.GROWTH, List.of("增长趋势")),
            Map.entry(ScoreItem.RESPONSIVENESS, List.of("响应")),
            Map.entry(ScoreItem.PROFESSIONALISM, List.of("专业")),
            Map.entry(ScoreItem.CONTENT_QUALITY, List.of("content")),
            Map.entry(ScoreItem.RESULTS, List.of("效果")),
            Map.entry(ScoreItem.AUDIENCE_MATCH, List.of("audience")),
            Map.entry(ScoreItem.BRAND_ALIGNMENT, List.of("brand")),
            Map.entry(ScoreItem.GROWTH_POTENTIAL, List.of("potential")),
            Map.entry(ScoreItem.COMPETITIVE_EDGE, List.of("edge")));

    /** One option per sub-score and per scorecard, in PRODUCT.md's order. */
    static List<ArgSpec> options() {
        List<ArgSpec> options = new ArrayList<>();
        for (ScoreItem item : ScoreItem.values()) {
            List<String> keys = new ArrayList<>();
            keys.add(item.zh());
            if (item.key().contains("_")) {
                keys.add(item.key().replace('_', '-'));
            }
            keys.addAll(aliases(item));
            options.add(ArgSpec.option(item.key(), ArgType.TEXT, item.zh(), englishName(item))
                    .alias(keys.toArray(String[]::new)));
        }
        for (ScoreCard card : ScoreCard.values()) {
            options.add(ArgSpec.option(card.key(), ArgType.TEXT, card.zh() + "评分卡", card.key() + " scorecard")
                    .alias(card.zh()));
        }
        return options;
    }

    /** Reads every score option given; a usage error when none is, or when one is out of range. */
    static ScoreInput from(ParsedArgs args) {
        EnumMap<ScoreItem, Integer> items = new EnumMap<>(ScoreItem.class);
        for (ScoreItem item : ScoreItem.values()) {
            args.optionalText(item.key()).ifPresent(raw -> items.put(item, item(item, raw)));
        }
        EnumMap<ScoreCard, Integer> cards = new EnumMap<>(ScoreCard.class);
        for (ScoreCard card : ScoreCard.values()) {
            args.optionalText(card.key()).ifPresent(raw -> cards.put(card, card(card, raw)));
        }
        if (items.isEmpty() && cards.isEmpty()) {
            throw new BadArgumentException(Text.of("请至少给出一项评分，如 评论质量=18 或 互动=72",
                    "give at least one score, e.g. comment_quality=18 or engagement=72"));
        }
        for (ScoreCard card : cards.keySet()) {
            List<ScoreItem> alsoGiven = card.items().stream().filter(items::containsKey).toList();
            if (!alsoGiven.isEmpty()) {
                throw new BadArgumentException(Text.of(
                        card.zh() + "评分卡和它的分项（" + alsoGiven.get(0).zh() + "）只能二选一",
                        "give the " + card.key() + " scorecard or its sub-scores (" + alsoGiven.get(0).key() + "), not both"));
            }
        }
        return new ScoreInput(items, cards);
    }

    /** {@code 18} or {@code 18/25}; the denominator, when given, must be the item's maximum. */
    static int item(ScoreItem item, String raw) {
        Matcher m = SCORE.matcher(raw.strip());
        String range = "0–" + item.max();
        if (!m.matches()) {
            throw new BadArgumentException(Text.of(
                    item.zh() + "「" + raw + "」应为 " + range + " 的整数，如 " + example(item) + " 或 " + example(item) + "/" + item.max(),
                    englishName(item) + " '" + raw + "' should be a whole number " + range + ", e.g. "
                            + example(item) + " or " + example(item) + "/" + item.max()));
        }
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != item.max()) {
            throw new BadArgumentException(Text.of(
                    item.zh() + "满分是 " + item.max() + "，不能写成 " + raw + "（写 " + m.group(1) + " 或 " + m.group(1) + "/" + item.max() + "）",
                    englishName(item) + " is out of " + item.max() + ", not " + raw
                            + " (write " + m.group(1) + " or " + m.group(1) + "/" + item.max() + ")"));
        }
        int value = Integer.parseInt(m.group(1));
        if (value > item.max()) {
            throw new BadArgumentException(Text.of(
                    item.zh() + "应在 " + range + " 之间，" + raw + " 超出了满分",
                    englishName(item) + " must be " + range + "; " + raw + " is above its maximum"));
        }
        return value;
    }

    /** {@code 72} (out of 100) or a fraction such as {@code 18/25}, scaled to 100 and rounded half up. */
    static int card(ScoreCard card, String raw) {
        Matcher m = SCORE.matcher(raw.strip());
        if (!m.matches()) {
            throw new BadArgumentException(Text.of(
                    card.zh() + "评分卡「" + raw + "」应为 0–100 的整数，或 18/25 这样的分数",
                    "the " + card.key() + " scorecard '" + raw + "' should be a whole number 0–100 or a fraction such as 18/25"));
        }
        long value = Long.parseLong(m.group(1));
        if (m.group(2) == null) {
            if (value > 100) {
                throw new BadArgumentException(Text.of(card.zh() + "评分卡应在 0–100 之间，" + raw + " 超出了",
                        "the " + card.key() + " scorecard must be 0–100; " + raw + " is above 100"));
            }
            return (int) value;
        }
        long of = Long.parseLong(m.group(2));
        if (of == 0 || value > of) {
            throw new BadArgumentException(Text.of(card.zh() + "评分卡「" + raw + "」的分子应在 0 和分母之间，且分母不为 0",
                    "the " + card.key() + " scorecard '" + raw + "' needs 0 ≤ score ≤ out-of, and out-of above 0"));
        }
        return (int) ((value * 200 + of) / (2 * of));
    }

    static String englishName(ScoreItem item) {
        return item == ScoreItem.RECENT_ER ? "recent ER" : item.key().replace('_', ' ');
    }

    private static List<String> aliases(ScoreItem item) {
        return KNOWN_ALIASES.getOrDefault(item, List.of());
    }


    private static int example(ScoreItem item) {
        return Math.round(item.max() * 0.72f);
    }
}
