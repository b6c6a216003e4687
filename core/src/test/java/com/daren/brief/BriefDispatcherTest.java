package com.daren.brief;

import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.command.Lang;
import com.daren.template.MessageTemplates;
import com.daren.testing.EmbeddedRedisExtension;
import com.daren.testkit.SettableClock;
import com.daren.testkit.FeedServer;
import com.daren.testkit.FeedServer.Entry;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The brief end to end below the app: feeds from a local HTTP server, real Redis, the real due queue, time moved
 * by hand. At most one brief per group and day, whatever dies when; failing feeds never stop a brief.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class BriefDispatcherTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Wednesday 2026-11-25, 08:00 in Shanghai. */
    static final Instant WED_8AM = Instant.parse("2026-11-25T00:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Generous: the machine running the tests is shared and sometimes very busy. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
    static final FeedServer FEEDS = FeedServer.start();
    static final AtomicInteger RUN = new AtomicInteger();

    final SettableClock clock = new SettableClock(WED_8AM);
    final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    final List<String> alerts = Collections.synchronizedList(new ArrayList<>());
    Function<BriefGroup, BriefDelivery.Result> channel = g -> new BriefDelivery.Sent();

    record Sent(String group, String text, Instant at, int instance) {
    }

    StringRedisTemplate redis;
    DueQueue queue;
    BriefStore store;
    GroupStore groupStore;
    BriefGroups groups;
    FeedRound round;
    String p;

    @BeforeEach
    void setUp(StringRedisTemplate redis) {
        this.redis = redis;
        queue = new DueQueue(redis);
        store = new BriefStore(redis);
        groupStore = new GroupStore(redis);
        groups = new BriefGroups(groupStore, store, settings());
        round = new FeedRound(store, new FeedReader(READ_TIMEOUT, 1 << 20, 200, clock), queue, settings(), clock);
        p = "/r" + RUN.incrementAndGet();
    }

    @AfterEach
    void tearDown() {
        round.close();
    }

    @AfterAll
    static void stopFeeds() {
        FEEDS.close();
    }

    static BriefSettings settings() {
        return new BriefSettings(LocalTime.of(8, 30), SHANGHAI, 8, Lang.ZH, Duration.ofDays(2), Duration.ofHours(3), 1000,
                3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(10), 4, Duration.ofSeconds(1), 1 << 20,
                200, Duration.ofDays(14), "https://d.example/b/", List.of("先做数据，再做判断。", "复盘比计划更重要。"));
    }

    BriefDispatcher dispatcher(int instance) {
        BriefSettings s = settings();
        BriefPool pool = new BriefPool(store, s, clock);
        MessageTemplates templates = MessageTemplates.fromClasspathAndFolder("../templates");
        BriefComposer composer = new BriefComposer(pool, store, (g, d, z) -> List.of("15:00 周会（" + d + "）"), templates, s);
        BriefDelivery delivery = (g, text) -> {
            BriefDelivery.Result r = channel.apply(g);
            if (!(r instanceof BriefDelivery.Failed)) {
                sent.add(new Sent(g.id(), text, clock.instant(), instance));
            }
            if (r == null) {
                throw new Crash();
            }
            return r;
        };
        return new BriefDispatcher(store, groups, composer, delivery, (op, text) -> alerts.add(op + ": " + text), templates,
                queue, s, clock);
    }

    /** Stands for the process dying in the middle of a send: nothing after it runs. */
    static final class Crash extends Error {
    }

    /** A simulator group bound by the group model (owner-1 owns it), with these brief settings. */
    BriefGroup group(String chat, LocalTime time, ZoneId zone, List<String> keywords, int cap, Lang lang) {
        Group g = groupStore.bind(Group.bind(GroupChatType.SIM, chat, chat, "owner-1", zone, "test", clock.instant()));
        return new BriefGroup(g.id(), g.name(), g.ownerId(), time, zone, keywords, cap, lang, true);
    }

    BriefGroup group(String chat) {
        return group(chat, LocalTime.of(8, 30), SHANGHAI, List.of(), 8, Lang.ZH);
    }

    /** What one timer tick does for the brief queue on one instance. */
    static int tick(DueQueue queue, BriefDispatcher d, Instant now) {
        int n = 0;
        List<Claim> claims;
        while (!(claims = queue.claim(BriefDispatcher.QUEUE, now, 50, LEASE)).isEmpty()) {
            claims.forEach(d::handle);
            n += claims.size();
        }
        queue.expired(BriefDispatcher.QUEUE, now, 50, LEASE).forEach(d::recover);
        return n;
    }

    void runUntil(BriefDispatcher d, Instant end, Duration step) {
        while (clock.instant().isBefore(end)) {
            tick(queue, d, clock.instant());
            clock.advance(step);
        }
    }

    List<String> sentTo(String groupId) {
        return sent.stream().filter(s -> s.group().equals(groupId)).map(Sent::text).toList();
    }

    Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void feedsAreMergedDeduplicatedRankedByRecencyAndCapped() {
        Instant now = clock.instant();
        FEEDS.rss(p + "/a", "A", List.of(
                new Entry("小红书发布达人激励计划", "https://news.example/xhs-1?utm_source=rss", now.minusSeconds(3600), "激励"),
                new Entry("抖音电商双11 GMV 增长", "https://news.example/dy-2", now.minusSeconds(7200), null),
                new Entry("美妆品牌投放趋势", "https://news.example/mz-3", now.minusSeconds(10800), "美妆 预算"),
                new Entry("一则旧闻", "https://news.example/old", now.minus(Duration.ofDays(5)), null)));
        FEEDS.atom(p + "/b", "B", List.of(
                new Entry("小红书发布达人激励计划！", "https://NEWS.example/xhs-1/", now.minusSeconds(3000), null),
                new Entry("B站 UP 主商单报价上涨", "https://news.example/bili-4", now.minusSeconds(1800), null)));
        store.addSource(FEEDS.url(p + "/a"), "行业", "op", now);
        store.addSource(FEEDS.url(p + "/b"), "行业", "op", now);
        BriefDispatcher d = dispatcher(1);
        BriefGroup all = d.configure(group("g-all", LocalTime.of(8, 30), SHANGHAI, List.of(), 3, Lang.ZH));
        BriefGroup beauty = d.configure(group("g-beauty", LocalTime.of(8, 30), SHANGHAI, List.of("美妆"), 8, Lang.ZH));

        assertThat(round.refresh()).isEmpty();
        String preview = d.preview(all.id()).orElseThrow();

        assertThat(preview).startsWith("【行业早报】2026年11月25日 星期三")
                .contains("1. B站 UP 主商单报价上涨", "2. 小红书发布达人激励计划", "3. 抖音电商双11 GMV 增长",
                        "https://d.example/b/", "📌 今日提醒", "15:00 周会（2026-11-25）")
                .doesNotContain("美妆品牌", "一则旧闻");
        assertThat(preview.split("小红书发布", -1)).hasSize(2);
        assertThat(d.preview(beauty.id()).orElseThrow()).contains("1. 美妆品牌投放趋势").doesNotContain("抖音", "B站");

        runUntil(d, at("2026-11-25T00:31:00Z"), Duration.ofSeconds(20));
        assertThat(sentTo(all.id())).containsExactly(preview);
        assertThat(sentTo(beauty.id())).hasSize(1);
    }

    @Test
    void malformedMissingAndSlowFeedsDoNotStopTheBriefAndTheOwnerHearsWhichFailedAndWhyOnce() {
        Instant now = clock.instant();
        FEEDS.rss(p + "/good", "good", List.of(new Entry("好消息", "https://news.example/good-1", now, null)));
        FEEDS.respond(p + "/broken", 200, "application/rss+xml", "<rss><channel><item><title>半截", Duration.ZERO, null);
        FEEDS.slow(p + "/slow", Duration.ofSeconds(12), "slow", List.of(new Entry("慢消息", "https://news.example/slow", now, null)));
        for (String path : List.of("/good", "/broken", "/missing", "/slow")) {
            store.addSource(FEEDS.url(p + path), "行业", "op", now);
        }
        BriefDispatcher d = dispatcher(1);
        BriefGroup one = d.configure(group("g-one"));
        BriefGroup two = d.configure(group("g-two"));

        long started = System.nanoTime();
        Map<String, String> failed = round.refresh();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the slow feed is cut off").isLessThan(Duration.ofSeconds(10));
        assertThat(failed.values()).hasSize(3).anyMatch(r -> r.startsWith("not a valid RSS/Atom feed"))
                .contains("HTTP 404", "timeout after 4 s");
        runUntil(d, at("2026-11-25T00:31:00Z"), Duration.ofSeconds(20));

        assertThat(sentTo(one.id())).singleElement().asString().contains("1. 好消息").doesNotContain("慢消息");
        assertThat(sentTo(two.id())).hasSize(1);
        assertThat(alerts).as("told once, though two groups' briefs went").hasSize(1);
        assertThat(alerts.get(0)).startsWith("owner-1: 早报资讯源抓取失败").contains(p + "/broken: not a valid RSS/Atom feed",
                p + "/missing: HTTP 404", p + "/slow: timeout after 4 s");
    }

    @Test
    void aFeedRepeatingYesterdaysItemsGivesOnlyTodaysNewsTheNextDay() {
        Instant now = clock.instant();
        Entry a = new Entry("昨日要闻 A", "https://news.example/a", now.minusSeconds(600), null);
        Entry b = new Entry("昨日要闻 B", "https://news.example/b", now.minusSeconds(900), null);
        FEEDS.rss(p + "/f", "f", List.of(a, b));
        store.addSource(FEEDS.url(p + "/f"), "行业", "op", now);
        BriefDispatcher d = dispatcher(1);
        BriefGroup g = d.configure(group("g-days"));
        round.refresh();
        runUntil(d, at("2026-11-25T00:31:00Z"), Duration.ofSeconds(30));
        assertThat(sentTo(g.id())).singleElement().asString().contains("昨日要闻 A", "昨日要闻 B");

        clock.set(at("2026-11-26T00:20:00Z"));
        Instant today = clock.instant();
        FEEDS.rss(p + "/f", "f", List.of(
                new Entry("昨日要闻 A", "https://news.example/a?utm_source=rss&utm_campaign=d2", today, null),
                new Entry("昨日要闻B！", "https://mirror.example/b-copy", today, null),
                new Entry("今日新闻 C", "https://news.example/c", today.minusSeconds(60), null)));
        round.refresh();
        runUntil(d, at("2026-11-26T00:31:00Z"), Duration.ofSeconds(30));

        assertThat(sentTo(g.id())).hasSize(2);
        assertThat(sentTo(g.id()).get(1)).contains("2026年11月26日 星期四", "1. 今日新闻 C").doesNotContain("要闻");
    }

    @Test
    void eachGroupGetsItsBriefAtItsOwnLocalTimeAcrossMidnightDatedByItsOwnZone() {
        clock.set(at("2026-11-25T15:50:00Z")); // 23:50 in Shanghai, 10:50 in New York
        store.addSource(FEEDS.url(p + "/none"), "行业", "op", clock.instant());
        BriefDispatcher d = dispatcher(1);
        BriefGroup midnight = d.configure(group("g-midnight", LocalTime.MIDNIGHT, SHANGHAI, List.of(), 8, Lang.ZH));
        BriefGroup shanghai = d.configure(group("g-sh", LocalTime.of(8, 30), SHANGHAI, List.of(), 8, Lang.ZH));
        BriefGroup newYork = d.configure(group("g-ny", LocalTime.of(8, 30), NEW_YORK, List.of(), 8, Lang.EN));

        runUntil(d, at("2026-11-27T14:00:00Z"), Duration.ofMinutes(1));

        assertThat(sent.stream().map(s -> s.group() + "@" + s.at()).toList()).containsExactly(
                midnight.id() + "@2026-11-25T16:00:00Z",
                shanghai.id() + "@2026-11-26T00:30:00Z",
                newYork.id() + "@2026-11-26T13:30:00Z",
                midnight.id() + "@2026-11-26T16:00:00Z",
                shanghai.id() + "@2026-11-27T00:30:00Z",
                newYork.id() + "@2026-11-27T13:30:00Z");
        assertThat(sentTo(midnight.id()).get(0)).startsWith("【行业早报】2026年11月26日 星期四").contains("今日暂无新资讯");
        assertThat(sentTo(newYork.id()).get(0)).startsWith("[Industry brief] Thursday, 2026-11-26");
        assertThat(sentTo(newYork.id()).get(1)).startsWith("[Industry brief] Friday, 2026-11-27");
    }

    @Test
    void twoDispatcherInstancesOnOneRedisSendExactlyOneBriefPerGroup() throws Exception {
        BriefDispatcher first = dispatcher(1);
        BriefDispatcher second = dispatcher(2);
        List<BriefGroup> groups = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            groups.add(first.configure(group("g-two-" + i)));
        }
        channel = g -> {
            sleep(3); // a send takes a moment, so the two instances interleave
            return new BriefDelivery.Sent();
        };
        clock.set(at("2026-11-25T00:30:00Z"));
        Thread a = new Thread(() -> { for (int i = 0; i < 30; i++) tickSmall(first); });
        Thread b = new Thread(() -> { for (int i = 0; i < 30; i++) tickSmall(second); });
        a.start();
        b.start();
        a.join();
        b.join();
        runUntil(first, at("2026-11-25T01:30:00Z"), Duration.ofSeconds(30));

        Map<String, Long> perGroup = sent.stream().collect(Collectors.groupingBy(Sent::group, Collectors.counting()));
        assertThat(perGroup).hasSize(60).allSatisfy((g, n) -> assertThat(n).as(g).isEqualTo(1L));
        assertThat(sent.stream().map(Sent::instance).distinct()).as("both instances sent some").hasSize(2);
    }

    private void tickSmall(BriefDispatcher d) {
        queue.claim(BriefDispatcher.QUEUE, clock.instant(), 3, LEASE).forEach(d::handle);
    }

    @Test
    void aRestartAtTheScheduledMinuteBeforeSendingLosesNothing() {
        BriefDispatcher before = dispatcher(1);
        List<BriefGroup> groups = List.of(before.configure(group("g-r1")), before.configure(group("g-r2")));
        clock.set(at("2026-11-25T00:30:00Z"));
        assertThat(queue.claim(BriefDispatcher.QUEUE, clock.instant(), 10, LEASE)).hasSize(2); // and then it died

        BriefDispatcher after = dispatcher(2); // the restarted process
        runUntil(after, at("2026-11-25T00:40:00Z"), Duration.ofSeconds(5));

        groups.forEach(g -> assertThat(sentTo(g.id())).as(g.id()).hasSize(1));
        assertThat(sent).allMatch(s -> s.instance() == 2 && !s.at().isBefore(at("2026-11-25T00:32:00Z")));
        assertThat(alerts).isEmpty();
    }

    @Test
    void aRestartWhileSendingNeverSendsTwiceTellsTheOwnerAndKeepsTomorrow() {
        BriefDispatcher before = dispatcher(1);
        BriefGroup g = before.configure(group("g-crash"));
        clock.set(at("2026-11-25T00:30:00Z"));
        channel = grp -> null; // the message leaves, then the process dies
        try {
            tick(queue, before, clock.instant());
        } catch (Crash expected) {
            // the process is gone
        }
        assertThat(sent).hasSize(1);
        channel = grp -> new BriefDelivery.Sent();

        BriefDispatcher after = dispatcher(2);
        runUntil(after, at("2026-11-25T00:40:00Z"), Duration.ofSeconds(5));

        assertThat(sentTo(g.id())).as("not sent a second time").hasSize(1);
        assertThat(alerts).singleElement().asString().startsWith("owner-1: 群 g-crash 的早报（2026-11-25）可能已发出也可能没有");
        assertThat(store.mark(g.id(), "2026-11-25")).get().asString().startsWith("UNKNOWN|");
        assertThat(queue.dueAt(BriefDispatcher.QUEUE, BriefDispatcher.itemId(g.id(), LocalDate.parse("2026-11-26"))))
                .contains(at("2026-11-26T00:30:00Z"));

        runUntil(after, at("2026-11-26T00:31:00Z"), Duration.ofMinutes(1));
        assertThat(sentTo(g.id())).hasSize(2);
    }

    @Test
    void aBriefMissedDuringLongDowntimeIsSkippedWithANoticeAndTomorrowsGoes() {
        BriefDispatcher d = dispatcher(1);
        BriefGroup g = d.configure(group("g-down"));
        clock.set(at("2026-11-25T04:00:00Z")); // 12:00, three and a half hours late

        runUntil(d, at("2026-11-26T00:31:00Z"), Duration.ofMinutes(1));

        assertThat(sent).singleElement().extracting(Sent::at).isEqualTo(at("2026-11-26T00:30:00Z"));
        assertThat(alerts).singleElement().asString().contains("原定 08:30", "错过");
    }

    @Test
    void briefNowSendsTodaysBriefAndTheScheduledOneDoesNotFollow() {
        BriefDispatcher d = dispatcher(1);
        BriefGroup g = d.configure(group("g-now"));
        clock.set(at("2026-11-25T00:05:00Z"));

        assertThat(d.sendNow(g.id())).isEqualTo(BriefDispatcher.NowOutcome.QUEUED);
        runUntil(d, at("2026-11-25T00:06:00Z"), Duration.ofSeconds(1));
        assertThat(d.sendNow(g.id())).isEqualTo(BriefDispatcher.NowOutcome.ALREADY_SENT);
        runUntil(d, at("2026-11-25T01:00:00Z"), Duration.ofMinutes(1));

        assertThat(sentTo(g.id())).hasSize(1);
        assertThat(d.sendNow("sim:nobody")).isEqualTo(BriefDispatcher.NowOutcome.NOT_CONFIGURED);
    }

    @Test
    void aThrottledSendIsRetriedWithBackoffAndARefusedOneIsReportedToTheOwner() {
        BriefDispatcher d = dispatcher(1);
        BriefGroup retried = d.configure(group("g-retry"));
        BriefGroup refused = d.configure(group("g-refused"));
        AtomicInteger calls = new AtomicInteger();
        channel = grp -> grp.id().equals(refused.id()) ? new BriefDelivery.Failed("errcode 86008 not in group", false)
                : calls.incrementAndGet() <= 2 ? new BriefDelivery.Failed("errcode 45009 too frequent", true)
                : new BriefDelivery.Sent();

        runUntil(d, at("2026-11-25T00:40:00Z"), Duration.ofSeconds(10));

        assertThat(sentTo(retried.id())).hasSize(1);
        assertThat(sent).filteredOn(s -> s.group().equals(retried.id())).singleElement().extracting(Sent::at)
                .isEqualTo(at("2026-11-25T00:33:00Z")); // failed at 00:30, again after 1 min, then after 2 min
        assertThat(sentTo(refused.id())).isEmpty();
        assertThat(alerts).singleElement().asString().contains("g-refused", "发送失败", "86008");
    }

    @Test
    void anUnchangedFeedAnswers304AndKeepsItsItems() {
        Instant now = clock.instant();
        FEEDS.rssWithEtag(p + "/etag", "e", List.of(new Entry("不变的新闻", "https://news.example/same", now, null)), "\"v1\"");
        FeedSource s = store.addSource(FEEDS.url(p + "/etag"), "行业", "op", now);

        round.refresh();
        round.refresh();

        assertThat(FEEDS.hits(p + "/etag")).isEqualTo(2);
        assertThat(store.feedCache(s.id()).items()).extracting(FeedItem::title).containsExactly("不变的新闻");
        assertThat(store.feedCache(s.id()).etag()).isEqualTo("\"v1\"");
    }

    @Test
    void aFeedWithAnExternalEntityIsRefusedNotExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>
                <item><title>&secret;</title><link>https://news.example/x</link></item></channel></rss>
                """;
        FeedReader reader = new FeedReader(READ_TIMEOUT, 1 << 20, 200, clock);
        FeedSource source = new FeedSource("s1", "http://x", "t", "op", clock.instant());

        assertThatThrownBy(() -> reader.parse(source, xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8), clock.instant()))
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void aFeedOverTheSizeCapIsRefused() {
        FEEDS.rss(p + "/big", "big", java.util.stream.IntStream.range(0, 400).mapToObj(i -> new Entry("新闻 " + i,
                "https://news.example/big-" + i, clock.instant(), "很长的摘要".repeat(20))).toList());
        FeedReader small = new FeedReader(READ_TIMEOUT, 64 * 1024, 200, clock);

        assertThat(small.read(new FeedSource("s1", FEEDS.url(p + "/big"), "t", "op", clock.instant()), "", ""))
                .isEqualTo(new FetchResult.Failed("larger than 64 KB"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
