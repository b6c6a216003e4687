package com.daren.bench.crm;

import com.daren.bot.crm.ListFilters;
import com.daren.command.ArgSpec;
import com.daren.command.ParsedArgs;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code /daren list} as an operator types it, turned into the {@link InfluencerQuery} the command builds (the
 * option keys and values go through {@link ListFilters}, ten a page as {@code DarenListCommand} has it), plus the
 * same filter and order done in Java over loaded records: the baseline.
 *
 * <p>The Java order reproduces Redis's exactly, ties included: the search script sorts a ZSET whose score is the sort
 * field's, and Redis orders equal scores by member (the id) bytewise, reversed for a descending sort.
 */
record ListQuery(String text, InfluencerQuery query) {

    /** What {@code DarenListCommand} pages by. */
    static final int PAGE_SIZE = 10;

    /** The mix measured: realistic filters, sorts and pages, English and Chinese keys. */
    static final List<String> DEFAULT_MIX = List.of(
            "tier=micro status=active tag=美妆 sort=-score page=2",
            "platform=douyin followers=10k-100k sort=-followers",
            "owner=op3 status=contacted",
            "tag=母婴 score=7-10",
            "tier=mid,macro er=3%-8% sort=-er page=5",
            "sort=-created page=100",
            "platform=小红书,B站 tag=美妆,护肤 sort=-er",
            "档位=腰部 状态=待联系,已联系 粉丝=50k+ 排序=粉丝 页=3");

    static List<ListQuery> defaults() {
        return DEFAULT_MIX.stream().map(ListQuery::parse).toList();
    }

    /** {@code key=value} words as after {@code /daren list}; keys and values as the command accepts them. */
    static ListQuery parse(String text) {
        Map<String, Object> values = new HashMap<>();
        List<ArgSpec> specs = Stream.concat(ListFilters.SPECS.stream(), Stream.of(ListFilters.PAGE)).toList();
        for (String word : text.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not key=value: " + word);
            }
            String key = word.substring(0, eq);
            ArgSpec spec = specs.stream().filter(s -> s.answersTo(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("/daren list has no option " + key));
            values.put(spec.name(), spec.type().parse(word.substring(eq + 1)));
        }
        ParsedArgs args = ParsedArgs.of(values);
        int page = (int) Math.min(Math.max(1, args.optionalCount(ListFilters.PAGE.name()).orElse(1L)), 100_000);
        return new ListQuery(text, ListFilters.parse(args, page, PAGE_SIZE));
    }

    /** The baseline's answer: the page's ids and the total, from every live record. */
    record Answer(long total, List<String> ids) {
    }

    Answer answer(List<Influencer> all) {
        List<Influencer> matched = new ArrayList<>();
        for (Influencer i : all) {
            if (matches(i)) {
                matched.add(i);
            }
        }
        matched.sort(order());
        int from = (int) Math.min(matched.size(), (long) (query.page() - 1) * query.pageSize());
        int to = Math.min(matched.size(), from + query.pageSize());
        return new Answer(matched.size(), matched.subList(from, to).stream().map(Influencer::id).toList());
    }

    boolean matches(Influencer i) {
        InfluencerQuery q = query;
        if (i.archived()
                || !q.tiers().isEmpty() && !q.tiers().contains(i.tier())
                || !q.statuses().isEmpty() && !q.statuses().contains(i.status())
                || !q.owners().isEmpty() && !q.owners().contains(i.owner())
                || !q.platforms().isEmpty() && !q.platforms().contains(i.platform())) {
            return false;
        }
        for (String tag : q.tags()) {
            String wanted = normalizeTag(tag);
            if (i.tags().stream().noneMatch(t -> normalizeTag(t).equals(wanted))) {
                return false;
            }
        }
        return within(q.followers(), i.followers()) && within(q.score(), scoreOf(i))
                && within(q.engagementRate(), erOf(i));
    }

    Comparator<Influencer> order() {
        Comparator<Influencer> ascending = Comparator.comparingDouble(this::sortValue).thenComparing(Influencer::id);
        return query.descending() ? ascending.reversed() : ascending;
    }

    double sortValue(Influencer i) {
        return switch (query.sort()) {
            case FOLLOWERS -> i.followers();
            case SCORE -> scoreOf(i);
            case ER -> erOf(i);
            case CREATED -> i.createdAt().toEpochMilli();
        };
    }

    /** As the store indexes it: the total score, −1 when unscored (so an open lower bound takes the unscored too). */
    private static double scoreOf(Influencer i) {
        return i.scores().total().orElse(-1);
    }

    private static double erOf(Influencer i) {
        return i.engagementRate() == null ? -1 : i.engagementRate();
    }

    private static boolean within(InfluencerQuery.Range range, double value) {
        return range == null
                || (range.min() == null || value >= range.min()) && (range.max() == null || value <= range.max());
    }

    private static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
