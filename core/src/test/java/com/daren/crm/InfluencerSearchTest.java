package com.daren.crm;

import com.daren.testing.EmbeddedRedisExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's specification: whichever plan it picks, a page holds exactly the records a plain filter-and-sort over
 * every live record puts there, in the same order (ties by id, as Redis orders equal scores), and the count is that
 * filter's count, or when the search says it is not exact, a lower bound beyond the page.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class InfluencerSearchTest {

    private static final List<String> TAGS = List.of("美妆", "护肤", "Travel", "母婴", "数码", "宠物");
    private static final List<String> OWNERS = List.of("op1", "op2", "op3", "op4");

    /** Each read of the time is one second after the last, so records are created one after another. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-03-02T01:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    private StringRedisTemplate redis;
    private InfluencerStore store;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        this.redis = redis;
        this.store = new InfluencerStore(redis, new Ticking());
    }

    @Test
    void everyPlanReturnsExactlyThePageAPlainFilterAndSortReturns() {
        List<Influencer> live = generate(new Random(7), 1_200);
        Map<InfluencerSearch.Limits, Integer> settings = Map.of(
                new InfluencerSearch.Limits(40, 300, 900, 80), 250,   // the planner's choice, scaled down
                new InfluencerSearch.Limits(0, 0, 0, 0), 60,           // always build the whole set
                new InfluencerSearch.Limits(0, 1_000_000, 1_000_000, 0), 100,   // always walk, count nothing more
                new InfluencerSearch.Limits(1_000_000, 0, 0, 0), 60);  // always check the smallest filter's members
        Set<String> plans = new TreeSet<>();
        Random random = new Random(11);
        for (Map.Entry<InfluencerSearch.Limits, Integer> s : settings.entrySet()) {
            InfluencerSearch search = new InfluencerSearch(redis, s.getKey());
            for (int k = 0; k < s.getValue(); k++) {
                InfluencerQuery q = randomQuery(random);
                InfluencerSearch.Result result = search.run(q);
                plans.add(result.plan());
                assertSameAsPlainFilter(q, InfluencerStore.page(q, result), live, s.getKey() + " " + result.plan());
            }
        }
        assertThat(plans).contains("rank", "small", "walk", "build");
    }

    @Test
    void aWalkThatStopsCountingSaysAtLeastAndStillKnowsThereIsMore() {
        for (int i = 0; i < 60; i++) {
            store.create(Influencer.builder(Platform.DOUYIN, "w" + i).name("w" + i).followers(20_000 + i)
                    .tags(List.of("美妆")).status(i % 2 == 0 ? PipelineStatus.ACTIVE : PipelineStatus.PROSPECT).build(), "t");
        }
        InfluencerSearch search = new InfluencerSearch(redis, new InfluencerSearch.Limits(0, 1_000, 1_000, 30));
        InfluencerQuery q = query(Set.of(), Set.of(PipelineStatus.ACTIVE), Set.of("美妆"), SortField.FOLLOWERS, true, 2, 5);

        InfluencerSearch.Result result = search.run(q);
        InfluencerQuery.Page page = InfluencerStore.page(q, result);

        assertThat(result.plan()).isEqualTo("walk");
        assertThat(page.totalExact()).isFalse();
        assertThat(page.total()).isEqualTo(15);   // 30 looked at, every other one active
        assertThat(page.hasMore()).isTrue();
        assertThat(page.items()).extracting(Influencer::handle).containsExactly("w48", "w46", "w44", "w42", "w40");
    }

    @Test
    void countingExactlyGoesToTheEndWhereTheListSaysAtLeast() {
        for (int i = 0; i < 3_000; i++) {
            store.create(Influencer.builder(Platform.DOUYIN, "c" + i).name("c" + i).followers(20_000 + i)
                    .tags(List.of("美妆")).status(i % 3 == 0 ? PipelineStatus.ACTIVE : PipelineStatus.PROSPECT).build(), "t");
        }
        InfluencerQuery q = query(Set.of(), Set.of(PipelineStatus.ACTIVE), Set.of("美妆"), SortField.FOLLOWERS, true, 1, 10);

        InfluencerQuery.Page listed = store.query(q);

        assertThat(listed.totalExact()).as("the list stops counting early").isFalse();
        assertThat(listed.total()).isLessThan(1_000);
        assertThat(store.countExactly(q)).isEqualTo(1_000);
    }

    @Test
    void aSingleFilterIsCountedExactlyFromItsOwnIndex() {
        for (int i = 0; i < 60; i++) {
            store.create(Influencer.builder(Platform.WEIBO, "s" + i).name("s" + i).followers(500 + i).build(), "t");
        }
        InfluencerSearch search = new InfluencerSearch(redis, new InfluencerSearch.Limits(0, 1_000, 1_000, 0));
        InfluencerQuery q = query(Set.of(Tier.NANO), Set.of(), Set.of(), SortField.CREATED, true, 1, 10);

        InfluencerQuery.Page page = InfluencerStore.page(q, search.run(q));

        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(60);
        assertThat(page.pages()).isEqualTo(6);
    }

    @Test
    void adjacentTiersAreAFollowersRangeAndAnEmptyOverlapFindsNobody() {
        assertThat(InfluencerSearch.tierRange(EnumSet.of(Tier.MID, Tier.MACRO)))
                .isEqualTo(new InfluencerQuery.Range(10_000.0, 499_999.0));
        assertThat(InfluencerSearch.tierRange(EnumSet.of(Tier.NANO))).isEqualTo(new InfluencerQuery.Range(null, 999.0));
        assertThat(InfluencerSearch.tierRange(EnumSet.of(Tier.MEGA))).isEqualTo(new InfluencerQuery.Range(500_000.0, null));
        assertThat(InfluencerSearch.contiguous(EnumSet.of(Tier.NANO, Tier.MEGA))).isFalse();
        store.create(Influencer.builder(Platform.WEIBO, "big").name("big").followers(200_000).build(), "t");

        InfluencerQuery q = new InfluencerQuery(Set.of(Tier.MICRO), Set.of(), Set.of(), Set.of(), Set.of(),
                new InfluencerQuery.Range(100_000.0, null), null, null, SortField.FOLLOWERS, true, 1, 10);
        InfluencerSearch.Result result = new InfluencerSearch(redis).run(q);

        assertThat(result.total()).isZero();
        assertThat(result.exact()).isTrue();
    }

    private void assertSameAsPlainFilter(InfluencerQuery q, InfluencerQuery.Page page, List<Influencer> live, String how) {
        List<Influencer> matched = live.stream().filter(i -> matches(q, i)).sorted(order(q)).toList();
        int from = Math.min(matched.size(), (q.page() - 1) * q.pageSize());
        List<String> expected = matched.subList(from, Math.min(matched.size(), from + q.pageSize()))
                .stream().map(Influencer::id).toList();
        String what = how + " " + q;
        assertThat(page.items()).as(what).extracting(Influencer::id).containsExactlyElementsOf(expected);
        if (page.totalExact()) {
            assertThat(page.total()).as(what).isEqualTo(matched.size());
        } else {
            assertThat(page.total()).as(what).isLessThanOrEqualTo(matched.size())
                    .isGreaterThan((long) q.page() * q.pageSize());
        }
        assertThat(page.hasMore()).as(what).isEqualTo(matched.size() > (long) q.page() * q.pageSize());
    }

    private List<Influencer> generate(Random r, int n) {
        List<Influencer> live = new ArrayList<>();
        Platform[] platforms = Platform.values();
        PipelineStatus[] statuses = PipelineStatus.values();
        for (int i = 0; i < n; i++) {
            // Coarse values now and then, so many records tie on the sort field.
            long followers = r.nextInt(4) == 0 ? 1_000L * r.nextInt(20) : (long) Math.pow(10, 1 + r.nextDouble() * 5.5);
            Set<String> tags = new LinkedHashSet<>();
            for (int t = r.nextInt(4); t > 0; t--) {
                tags.add(TAGS.get(Math.min(r.nextInt(TAGS.size()), r.nextInt(TAGS.size()))));
            }
            Influencer.Builder b = Influencer.builder(platforms[r.nextInt(platforms.length)], "h" + i).name("n" + i)
                    .followers(followers).tags(new ArrayList<>(tags))
                    .status(statuses[r.nextInt(statuses.length)])
                    .owner(r.nextInt(10) == 0 ? "" : OWNERS.get(r.nextInt(OWNERS.size())))
                    .engagementRate(r.nextInt(5) == 0 ? null : r.nextInt(12) / 100.0);
            if (r.nextInt(5) < 3) {
                b.scores(new Scores(Map.of(), Map.of(ScoreItem.ScoreCard.ENGAGEMENT, r.nextInt(11) * 10,
                        ScoreItem.ScoreCard.PARTNERSHIP, r.nextInt(11) * 10)));
            }
            Influencer created = store.create(b.build(), "t");
            if (r.nextInt(20) == 0) {
                store.update(created.id(), "t", "archive", x -> x.toBuilder().archived(true).build());
            } else {
                live.add(created);
            }
        }
        return live;
    }

    private static InfluencerQuery randomQuery(Random r) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        if (r.nextInt(3) == 0) {
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                tiers.add(Tier.values()[r.nextInt(Tier.values().length)]);
            }
        }
        Set<PipelineStatus> statuses = EnumSet.noneOf(PipelineStatus.class);
        for (int k = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; k > 0; k--) {
            statuses.add(PipelineStatus.values()[r.nextInt(PipelineStatus.values().length)]);
        }
        Set<String> tags = new HashSet<>();
        for (int k = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; k > 0; k--) {
            tags.add(r.nextInt(15) == 0 ? "没有人" : TAGS.get(r.nextInt(TAGS.size())).toLowerCase());
        }
        Set<String> owners = new HashSet<>();
        for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; k > 0; k--) {
            owners.add(OWNERS.get(r.nextInt(OWNERS.size())));
        }
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; k > 0; k--) {
            platforms.add(Platform.values()[r.nextInt(Platform.values().length)]);
        }
        InfluencerQuery.Range followers = r.nextInt(4) == 0
                ? range(r, () -> (double) (long) Math.pow(10, 1 + r.nextDouble() * 5.5)) : null;
        InfluencerQuery.Range score = r.nextInt(5) == 0 ? range(r, () -> r.nextInt(11) * 10.0) : null;
        InfluencerQuery.Range er = r.nextInt(5) == 0 ? range(r, () -> r.nextInt(12) / 100.0) : null;
        SortField sort = SortField.values()[r.nextInt(SortField.values().length)];
        return new InfluencerQuery(tiers, statuses, tags, owners, platforms, followers, score, er, sort, r.nextBoolean(),
                1 + (r.nextInt(3) == 0 ? r.nextInt(40) : r.nextInt(3)), 1 + r.nextInt(15));
    }

    private static InfluencerQuery.Range range(Random r, java.util.function.DoubleSupplier value) {
        double a = value.getAsDouble();
        double b = value.getAsDouble();
        return switch (r.nextInt(3)) {
            case 0 -> new InfluencerQuery.Range(Math.min(a, b), Math.max(a, b));
            case 1 -> new InfluencerQuery.Range(a, null);
            default -> new InfluencerQuery.Range(null, a);
        };
    }

    private static InfluencerQuery query(Set<Tier> tiers, Set<PipelineStatus> statuses, Set<String> tags, SortField sort,
                                         boolean descending, int page, int size) {
        return new InfluencerQuery(tiers, statuses, tags, Set.of(), Set.of(), null, null, null, sort, descending, page, size);
    }

    private static boolean matches(InfluencerQuery q, Influencer i) {
        if (!q.tiers().isEmpty() && !q.tiers().contains(i.tier())
                || !q.statuses().isEmpty() && !q.statuses().contains(i.status())
                || !q.owners().isEmpty() && !q.owners().contains(i.owner())
                || !q.platforms().isEmpty() && !q.platforms().contains(i.platform())) {
            return false;
        }
        for (String tag : q.tags()) {
            if (i.tags().stream().noneMatch(t -> t.strip().equalsIgnoreCase(tag.strip()))) {
                return false;
            }
        }
        return within(q.followers(), i.followers()) && within(q.score(), SortField.SCORE.scoreOf(i))
                && within(q.engagementRate(), SortField.ER.scoreOf(i));
    }

    private static Comparator<Influencer> order(InfluencerQuery q) {
        Comparator<Influencer> ascending = Comparator.<Influencer>comparingDouble(q.sort()::scoreOf)
                .thenComparing(Influencer::id);
        return q.descending() ? ascending.reversed() : ascending;
    }

    private static boolean within(InfluencerQuery.Range range, double value) {
        return range == null
                || (range.min() == null || value >= range.min()) && (range.max() == null || value <= range.max());
    }
}
