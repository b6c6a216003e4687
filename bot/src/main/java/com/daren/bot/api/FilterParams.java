package com.daren.bot.api;

import com.daren.bot.crm.ListFilters;
import com.daren.bot.crm.io.FieldValues;
import com.daren.crm.InfluencerQuery;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of {@code /daren list} as query parameters, parsed by the same {@link ListFilters}:
 * {@code ?tier=micro,mid&status=active&tag=美妆&followers=1k-10k&score=7-10&er=3%-8%&sort=-score}.
 */
record FilterParams(
        @Parameter(description = "nano, micro, mid, macro, mega or 头部/腰部/尾部; comma-separated alternatives") String tier,
        @Parameter(description = "pipeline status, e.g. prospect, active; comma-separated") String status,
        @Parameter(description = "tag; comma-separated tags must all be present") String tag,
        @Parameter(description = "owner's operator id; comma-separated") String owner,
        @Parameter(description = "xiaohongshu, douyin, weibo, bilibili, channels (or 小红书 …)") String platform,
        @Parameter(description = "follower range: 1k-10k, 10k+, -5000") String followers,
        @Parameter(description = "score range on the 10-point scale: 7-10, 8+") String score,
        @Parameter(description = "engagement-rate range: 3%-8%") String er,
        @Parameter(description = "followers, score, er or created; leading - for descending (default -created)") String sort) {

    InfluencerQuery query(int page, int size) {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, ListFilters.TIER.name(), tier);
        put(given, ListFilters.STATUS.name(), status);
        put(given, ListFilters.TAG.name(), tag);
        put(given, ListFilters.OWNER.name(), owner);
        put(given, ListFilters.PLATFORM.name(), platform);
        put(given, ListFilters.FOLLOWERS.name(), followers);
        put(given, ListFilters.SCORE.name(), score);
        put(given, ListFilters.ER.name(), er);
        put(given, ListFilters.SORT.name(), sort);
        return ListFilters.parse(FieldValues.bind(ListFilters.SPECS, given), page, size);
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value);
        }
    }
}
