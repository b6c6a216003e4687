package com.daren.bot.crm;

import com.daren.command.ArgSpec;
import com.daren.command.ArgType;
import com.daren.command.BadArgumentException;
import com.daren.command.ParsedArgs;
import com.daren.command.Text;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.PipelineStatus;
import com.daren.crm.Platform;
import com.daren.crm.SortField;
import com.daren.crm.Tier;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code /daren list} and {@code /daren export}, declared once:
 * {@code tier=micro status=active tag=美妆 owner=op_li platform=抖音 followers=1k-10k score=7-10 er=3%-8% sort=-score}.
 * Several values in one filter are alternatives ({@code tier=mid,macro}); different filters must all hold.
 */
public final class ListFilters {

    public static final ArgSpec TIER = ArgSpec.option("tier", ArgType.LIST, "档位", "tier").alias("档位", "层级");
    public static final ArgSpec STATUS = ArgSpec.option("status", ArgType.LIST, "状态", "status").alias("状态");
    public static final ArgSpec TAG = ArgSpec.option("tag", ArgType.LIST, "标签", "tag").alias("标签", "tags");
    public static final ArgSpec OWNER = ArgSpec.option("owner", ArgType.LIST, "负责人", "owner").alias("负责人");
    public static final ArgSpec PLATFORM = ArgSpec.option("platform", ArgType.LIST, "平台", "platform").alias("平台");
    public static final ArgSpec FOLLOWERS = ArgSpec.option("followers", ArgType.TEXT, "粉丝范围如1k-10k", "range e.g. 1k-10k").alias("粉丝");
    public static final ArgSpec SCORE = ArgSpec.option("score", ArgType.TEXT, "评分范围如7-10", "range e.g. 7-10").alias("评分");
    public static final ArgSpec ER = ArgSpec.option("er", ArgType.TEXT, "互动率范围如3%-8%", "range e.g. 3%-8%").alias("互动率");
    public static final ArgSpec SORT = ArgSpec.option("sort", ArgType.TEXT, "排序如-score", "sort e.g. -score").alias("排序");
    public static final ArgSpec PAGE = ArgSpec.option("page", ArgType.COUNT, "页码", "page").alias("页");

    public static final List<ArgSpec> SPECS = List.of(TIER, STATUS, TAG, OWNER, PLATFORM, FOLLOWERS, SCORE, ER, SORT);

    private ListFilters() {
    }

    public static InfluencerQuery parse(ParsedArgs args, int page, int pageSize) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (String t : args.list(TIER.name())) {
            tiers.addAll(Tier.parse(t).orElseThrow(() -> bad("档位「" + t + "」无效，可选 nano/micro/mid/macro/mega 或 头部/腰部/尾部",
                    "unknown tier '" + t + "': nano, micro, mid, macro, mega, 头部, 腰部, 尾部")));
        }
        Set<PipelineStatus> statuses = EnumSet.noneOf(PipelineStatus.class);
        for (String s : args.list(STATUS.name())) {
            statuses.add(PipelineStatus.parse(s).orElseThrow(() -> bad("状态「" + s + "」无效，可选：" + PipelineStatus.choices(),
                    "unknown status '" + s + "': " + PipelineStatus.choices())));
        }
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (String p : args.list(PLATFORM.name())) {
            platforms.add(InfluencerFields.platform(p));
        }
        InfluencerQuery.Range followers = args.optionalText(FOLLOWERS.name())
                .map(r -> range(r, v -> (double) (long) ArgType.COUNT.parse(v))).orElse(null);
        InfluencerQuery.Range score = args.optionalText(SCORE.name()).map(ListFilters::scoreRange).orElse(null);
        InfluencerQuery.Range er = args.optionalText(ER.name())
                .map(r -> range(r, v -> (Double) ArgType.RATE.parse(v))).orElse(null);
        SortField sort = SortField.CREATED;
        boolean descending = true;
        if (args.has(SORT.name())) {
            String s = args.text(SORT.name()).strip();
            descending = s.startsWith("-");
            String field = s.replaceFirst("^[-+]", "");
            sort = SortField.parse(field).orElseThrow(() -> bad("排序字段「" + field + "」无效，可选 followers、score、er、created（前加 - 为降序）",
                    "cannot sort by '" + field + "': followers, score, er, created (prefix - for descending)"));
        }
        return new InfluencerQuery(tiers, statuses, new LinkedHashSet<>(args.list(TAG.name())),
                new LinkedHashSet<>(args.list(OWNER.name())), platforms, followers, score, er, sort, descending,
                page, pageSize);
    }

    /** A score range on the operators' 10-point scale ("7-10", "8+") against the stored 0–100 total. */
    private static InfluencerQuery.Range scoreRange(String text) {
        InfluencerQuery.Range r = range(text, v -> {
            double d = Double.parseDouble(v);
            if (d < 0 || d > 10) {
                throw new NumberFormatException();
            }
            return d * 10;
        });
        return r;
    }

    private static InfluencerQuery.Range range(String text, java.util.function.ToDoubleFunction<String> number) {
        try {
            return InfluencerQuery.Range.parse(text, number);
        } catch (RuntimeException e) {
            throw bad("范围「" + text + "」无效，写成 1k-10k、10k+ 或 -5000 这样",
                    "range '" + text + "' is invalid; write 1k-10k, 10k+ or -5000");
        }
    }

    private static BadArgumentException bad(String zh, String en) {
        return new BadArgumentException(Text.of(zh, en));
    }
}
