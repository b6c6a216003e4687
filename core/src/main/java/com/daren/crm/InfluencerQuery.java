package com.daren.crm;

import java.util.List;
import java.util.Set;

/**
 * A filtered, sorted page of live influencers. Filters within one field are alternatives (tier=尾部 is nano or
 * micro); different fields must all match; every listed tag must be present.
 *
 * @param page 1-based
 */
public record InfluencerQuery(Set<Tier> tiers, Set<PipelineStatus> statuses, Set<String> tags, Set<String> owners,
                              Set<Platform> platforms, Range followers, Range score, Range engagementRate,
                              SortField sort, boolean descending, int page, int pageSize) {

    public InfluencerQuery {
        tiers = Set.copyOf(tiers);
        statuses = Set.copyOf(statuses);
        tags = Set.copyOf(tags);
        owners = Set.copyOf(owners);
        platforms = Set.copyOf(platforms);
        if (page < 1 || pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("page must be ≥ 1 and page size 1–200");
        }
    }

    public static InfluencerQuery newestFirst(int page, int pageSize) {
        return new InfluencerQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                SortField.CREATED, true, page, pageSize);
    }

    /** Inclusive bounds; either may be {@code null} for open-ended. */
    public record Range(Double min, Double max) {

        public static Range parse(String text, java.util.function.ToDoubleFunction<String> number) {
            String t = text.strip().replace('～', '-').replace('~', '-').replace('–', '-');
            if (t.startsWith("-")) {
                return new Range(null, number.applyAsDouble(t.substring(1)));
            }
            int dash = t.indexOf('-');
            if (t.endsWith("+")) {
                return new Range(number.applyAsDouble(t.substring(0, t.length() - 1)), null);
            }
            if (dash < 0) {
                double v = number.applyAsDouble(t);
                return new Range(v, v);
            }
            String lo = t.substring(0, dash).strip();
            String hi = t.substring(dash + 1).strip();
            return new Range(lo.isEmpty() ? null : number.applyAsDouble(lo), hi.isEmpty() ? null : number.applyAsDouble(hi));
        }

        String lowerBound() {
            return min == null ? "-inf" : Double.toString(min);
        }

        String upperBound() {
            return max == null ? "+inf" : Double.toString(max);
        }
    }

    /**
     * One page of results and how many matched in all. A big combination of filters is not counted to the end:
     * then {@code totalExact} is false and {@code total} is a lower bound (the matches seen so far, at least one
     * more than this page holds), to be shown as "at least".
     */
    public record Page(List<Influencer> items, long total, boolean totalExact, int page, int pageSize) {

        /** Pages in all; with an inexact total, the pages known to exist. */
        public long pages() {
            return Math.max(1, (total + pageSize - 1) / pageSize);
        }

        /** Whether a later page has records (always known, exact count or not). */
        public boolean hasMore() {
            return !totalExact || (long) page * pageSize < total;
        }
    }
}
