package com.daren.bench.brief;

import com.daren.testkit.SettableClock;
import com.daren.bench.DocSection;
import com.daren.bot.redis.EmbeddedRedis;
import com.daren.brief.BriefComposer;
import com.daren.brief.BriefDelivery;
import com.daren.brief.BriefDispatcher;
import com.daren.brief.BriefGroup;
import com.daren.brief.BriefGroups;
import com.daren.brief.BriefPool;
import com.daren.brief.BriefSettings;
import com.daren.brief.BriefStore;
import com.daren.brief.FeedItem;
import com.daren.brief.FeedReader;
import com.daren.brief.FeedRound;
import com.daren.brief.FeedSource;
import com.daren.brief.FetchResult;
import com.daren.brief.GroupAgenda;
import com.daren.command.Lang;
import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.template.MessageTemplates;
import com.daren.testkit.FeedServer;
import com.daren.timer.Claim;
import com.daren.timer.DueQueue;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The industry brief at scale: G groups (default 1,000) and S feeds of I items (default 50 × 100) served by a local
 * HTTP server. Daren's way, end to end: one fetch round (all feeds, concurrently, cached in Redis), every group's
 * brief queued on the durable timer, then the dispatcher composing, rendering and "sending" each brief under the
 * channel's per-second limit, on a virtual clock (so the delivery schedule it produces is measured without waiting
 * for it). Beside it, in the same run, the baseline: each group builds its own brief from the raw feeds (fetch,
 * parse, de-duplicate, rank, render), on a sample of groups, scaled to G. Writes its section of docs/benchmarks.md.
 *
 * <p>Options: {@code --groups=1000 --sources=50 --items=100 --baseline-groups=100 --per-second=10 --threads=16
 * --doc=docs/benchmarks.md} (or {@code --no-doc}).
 */
public final class BriefBenchmark {

    public static final String COMMAND = "mvn -B -q -pl bench -am package -DskipTests && java -Xms1g -Xmx1g "
            + "-cp \"$(cat bench/target/classpath.txt):bench/target/classes\" com.daren.bench.brief.BriefBenchmark";
    public static final String HEADING = "## Industry brief (issue: daily brief, reminders, reports)";

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 08:20 in Shanghai: the fetch round runs ten minutes before the briefs. */
    static final Instant FETCH_AT = Instant.parse("2026-11-26T00:20:00Z");
    static final Instant SEND_AT = Instant.parse("2026-11-26T00:30:00Z");
    static final String[] TOPICS = {"美妆", "电商", "短视频", "直播", "品牌"};
    static final String[] WORDS = {"投放", "达人", "佣金", "新规", "增长", "报价", "种草", "复盘"};

    public record Options(int groups, int sources, int items, int baselineGroups, int perSecond, int threads, Path doc) {
        public static Options parse(String... args) {
            Map<String, String> m = new java.util.HashMap<>();
            for (String a : args) {
                String[] kv = a.replaceFirst("^--", "").split("=", 2);
                m.put(kv[0], kv.length > 1 ? kv[1] : "true");
            }
            return new Options(Integer.parseInt(m.getOrDefault("groups", "1000")), Integer.parseInt(m.getOrDefault("sources", "50")),
                    Integer.parseInt(m.getOrDefault("items", "100")), Integer.parseInt(m.getOrDefault("baseline-groups", "100")),
                    Integer.parseInt(m.getOrDefault("per-second", "10")), Integer.parseInt(m.getOrDefault("threads", "16")),
                    m.containsKey("no-doc") ? null : Path.of(m.getOrDefault("doc", "docs/benchmarks.md")));
        }
    }

    /** Daren's side: seconds per phase, the sends by virtual second after 08:30, and whether each group got one. */
    public record DarenRun(double fetchS, double queueS, double dispatchS, double cpuS, int poolItems,
                           Map<Long, Integer> sendsBySecond, int groupsServedOnce, int duplicates) {
        public double totalS() {
            return fetchS + queueS + dispatchS;
        }
    }

    public record BaselineRun(int groups, double seconds, double cpuS, int briefs) {
        public double perGroupS() {
            return seconds / groups;
        }
    }

    public record Results(Options options, DarenRun daren, BaselineRun baseline, String loadBefore, String loadAfter,
                          int cores) {
        public double baselineScaledS() {
            return baseline.perGroupS() * options.groups();
        }

        public double speedUp() {
            return baselineScaledS() / daren.totalS();
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Results r = run(o);
        String section = BriefReport.section(r);
        System.out.println(section);
        if (o.doc() != null) {
            DocSection.write(o.doc(), HEADING, section);
        }
        System.exit(0);
    }

    public static Results run(Options o) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        EmbeddedRedis server = EmbeddedRedis.start("");
        LettuceConnectionFactory connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", server.port()));
        connections.afterPropertiesSet();
        connections.start();
        try (FeedServer feeds = FeedServer.start(8)) {
            StringRedisTemplate redis = new StringRedisTemplate(connections);
            SettableClock clock = new SettableClock(FETCH_AT);
            BriefSettings settings = new BriefSettings(LocalTime.of(8, 30), SHANGHAI, 8, Lang.ZH, Duration.ofDays(2),
                    Duration.ofHours(3), o.perSecond(), 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(10),
                    8, Duration.ofSeconds(10), 4 << 20, 200, Duration.ofDays(14), "https://d.example/b/",
                    List.of("先看数据再下判断。"));
            MessageTemplates templates = MessageTemplates.fromClasspathAndFolder("");
            BriefStore store = new BriefStore(redis);
            GroupStore groupStore = new GroupStore(redis);
            List<String> urls = serveFeeds(feeds, o);
            urls.forEach(u -> store.addSource(u, "", "bench", FETCH_AT));
            List<BriefGroup> groups = new ArrayList<>();
            for (int g = 0; g < o.groups(); g++) {
                Group bound = groupStore.bind(Group.bind(GroupChatType.SIM, "bench-" + g, "群" + g, "op-bench", SHANGHAI,
                        "bench", FETCH_AT));
                List<String> keywords = g % 4 == 0 ? List.of() : List.of(WORDS[g % WORDS.length], TOPICS[g % TOPICS.length]);
                BriefGroup bg = new BriefGroup(bound.id(), bound.name(), bound.ownerId(), LocalTime.of(8, 30), SHANGHAI,
                        keywords, 8, Lang.ZH, true);
                store.saveSettings(bg);
                groups.add(bg);
            }
            BaselineRun baseline = baseline(o, groups.subList(0, Math.min(o.baselineGroups(), groups.size())), urls,
                    templates, settings);
            DarenRun daren = daren(o, redis, store, groupStore, templates, settings, clock);
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
            return new Results(o, daren, baseline, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        } finally {
            connections.destroy();
            server.stop();
        }
    }

    /** S feeds of I items; one item in ten repeats the previous feed's story (tracking parameters, same title). */
    static List<String> serveFeeds(FeedServer feeds, Options o) {
        List<String> urls = new ArrayList<>();
        for (int s = 0; s < o.sources(); s++) {
            List<FeedServer.Entry> entries = new ArrayList<>();
            for (int i = 0; i < o.items(); i++) {
                Instant published = FETCH_AT.minus(Duration.ofMinutes(7L * i + s));
                if (i % 10 == 5 && s > 0) {
                    entries.add(new FeedServer.Entry(title(s - 1, i), "https://news.example/" + (s - 1) + "/" + i
                            + "?utm_source=feed" + s, published, "转载"));
                } else {
                    entries.add(new FeedServer.Entry(title(s, i), "https://news.example/" + s + "/" + i, published,
                            "摘要：" + WORDS[(s * 7 + i) % WORDS.length] + "相关的行业动态"));
                }
            }
            String path = "/feed/" + s + ".xml";
            if (s % 2 == 0) {
                feeds.rss(path, "source " + s, entries);
            } else {
                feeds.atom(path, "source " + s, entries);
            }
            urls.add(feeds.url(path));
        }
        return urls;
    }

    static String title(int s, int i) {
        return TOPICS[(s + i) % TOPICS.length] + "：" + WORDS[(s + 3 * i) % WORDS.length] + "观察第" + s + "-" + i + "期";
    }

    static DarenRun daren(Options o, StringRedisTemplate redis, BriefStore store, GroupStore groupStore,
                          MessageTemplates templates, BriefSettings settings, SettableClock clock) throws Exception {
        DueQueue queue = new DueQueue(redis);
        Map<String, List<Instant>> sent = new ConcurrentHashMap<>();
        BriefDelivery delivery = (g, text) -> {
            sent.computeIfAbsent(g.id(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(clock.instant());
            return new BriefDelivery.Sent();
        };
        BriefGroups groups = new BriefGroups(groupStore, store, settings);
        BriefPool pool = new BriefPool(store, settings, clock);
        BriefComposer composer = new BriefComposer(pool, store, GroupAgenda.NONE, templates, settings);
        BriefDispatcher dispatcher = new BriefDispatcher(store, groups, composer, delivery, (op, t) -> { }, templates,
                queue, settings, clock);
        ExecutorService workers = Executors.newFixedThreadPool(o.threads());
        double cpu0 = cpuSeconds();
        long t0 = System.nanoTime();
        try (FeedRound round = new FeedRound(store, new FeedReader(Duration.ofSeconds(10), 4 << 20, 200, clock), queue,
                settings, clock)) {
            Map<String, String> failed = round.refresh();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("feeds failed: " + failed);
            }
        }
        long t1 = System.nanoTime();
        for (BriefGroup g : groups.all()) {
            dispatcher.schedule(g);
        }
        long t2 = System.nanoTime();
        clock.set(SEND_AT);
        for (int tick = 0; tick < 3600 && sent.size() < o.groups(); tick++) {
            List<Claim> batch;
            while (!(batch = queue.claim(BriefDispatcher.QUEUE, clock.instant(), 200, Duration.ofMinutes(2))).isEmpty()) {
                List<Future<?>> running = new ArrayList<>();
                for (Claim c : batch) {
                    running.add(workers.submit(() -> dispatcher.handle(c)));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }
        long t3 = System.nanoTime();
        double cpu = cpuSeconds() - cpu0;
        workers.shutdownNow();
        Map<Long, Integer> bySecond = new TreeMap<>();
        sent.values().forEach(list -> list.forEach(at -> bySecond.merge(Duration.between(SEND_AT, at).toSeconds(), 1, Integer::sum)));
        int once = (int) sent.values().stream().filter(l -> l.size() == 1).count();
        int dups = sent.values().stream().mapToInt(l -> Math.max(0, l.size() - 1)).sum();
        return new DarenRun((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, cpu, pool.current().items().size(),
                bySecond, once, dups);
    }

    /** Each group on its own: fetch and parse every feed, de-duplicate, rank, render. Nothing shared. */
    static BaselineRun baseline(Options o, List<BriefGroup> groups, List<String> urls, MessageTemplates templates,
                                BriefSettings settings) throws Exception {
        Clock fixed = Clock.fixed(FETCH_AT, ZoneOffset.UTC);
        ExecutorService fetchers = Executors.newFixedThreadPool(settings.fetchThreads());
        BriefComposer renderer = new BriefComposer(null, null, GroupAgenda.NONE, templates, settings);
        double cpu0 = cpuSeconds();
        long t0 = System.nanoTime();
        int briefs = 0;
        for (BriefGroup g : groups) {
            FeedReader reader = new FeedReader(Duration.ofSeconds(10), 4 << 20, 200, fixed);
            List<Future<FetchResult>> fetched = new ArrayList<>();
            for (int s = 0; s < urls.size(); s++) {
                FeedSource source = new FeedSource("s" + s, urls.get(s), "", "bench", FETCH_AT);
                fetched.add(fetchers.submit(() -> reader.read(source, "", "")));
            }
            List<FeedItem> all = new ArrayList<>();
            for (Future<FetchResult> f : fetched) {
                if (f.get() instanceof FetchResult.Fetched ok) {
                    all.addAll(ok.items());
                }
            }
            List<FeedItem> pool = BriefPool.dedup(all, SEND_AT.minus(settings.maxAge()));
            List<FeedItem> picked = BriefComposer.pick(pool, g, java.util.Set.of(), SEND_AT, settings.maxAge());
            String text = renderer.render(g, LocalDate.of(2026, 11, 26), picked, List.of());
            if (text.startsWith("【行业早报】")) {
                briefs++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        fetchers.shutdownNow();
        return new BaselineRun(groups.size(), seconds, cpuSeconds() - cpu0, briefs);
    }

    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
