package com.daren.bench.community;

import com.daren.bot.DarenApplication;
import com.daren.bot.community.moderation.GroupMessageRouter;
import com.daren.bot.inbound.InboundPipeline;
import com.daren.channel.Channel;
import com.daren.channel.InboundMessage;
import com.daren.community.Group;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.community.moderation.BannedWordStore;
import com.daren.community.moderation.Screening;
import com.daren.community.moderation.WordMatcher;
import org.HdrHistogram.Histogram;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group moderation with a 20,000-word banned list (issue 5). Three measurements in one run, on the same generated
 * chatter ({@link ChatCorpus}):
 * <ol>
 *   <li><b>matching alone</b>: {@code Screening.screen} (fold, the global and the group automaton, ad phrases, link
 *       and phone patterns) per message, single thread;</li>
 *   <li><b>baseline</b>: a naive loop of {@code String.contains} over the same lists on the lower-cased message;</li>
 *   <li><b>moderation + routing</b>: each message through the running app's {@code InboundPipeline.process} in a
 *       bound simulator group (de-duplication, command parse, the group lookup, moderation with its Redis strike and
 *       log for violations, FAQ), on the app's own embedded redis-server, with 1 and 4 callers.</li>
 * </ol>
 * Options: {@code --words=20000 --group-words=50 --messages=20000 --rounds=5 --baseline-messages=5000
 * --routed=10000 --doc=docs/benchmarks.md} or {@code --no-doc}.
 */
public final class ModerationBenchmark {

    public static final String COMMAND = "mvn -B -q -pl bench -am package -DskipTests && java -Xms1g -Xmx1g "
            + "-cp \"$(cat bench/target/classpath.txt):bench/target/classes\" com.daren.bench.community.ModerationBenchmark";
    static final String HEADING = "## Group moderation (issue 5: community)";

    record Options(int words, int groupWords, int messages, int rounds, int baselineMessages, int routed, Path doc) {
        static Options parse(String[] args) {
            Map<String, String> v = new LinkedHashMap<>(Map.of("--words", "20000", "--group-words", "50",
                    "--messages", "20000", "--rounds", "5", "--baseline-messages", "5000", "--routed", "10000",
                    "--doc", "docs/benchmarks.md"));
            for (String a : args) {
                if (a.equals("--no-doc")) {
                    v.put("--doc", "");
                    continue;
                }
                String[] kv = a.split("=", 2);
                if (kv.length != 2 || !v.containsKey(kv[0])) {
                    throw new IllegalArgumentException("unknown option " + a + "; known: " + v.keySet() + ", --no-doc");
                }
                v.put(kv[0], kv[1]);
            }
            return new Options(Integer.parseInt(v.get("--words")), Integer.parseInt(v.get("--group-words")),
                    Integer.parseInt(v.get("--messages")), Integer.parseInt(v.get("--rounds")),
                    Integer.parseInt(v.get("--baseline-messages")), Integer.parseInt(v.get("--routed")),
                    v.get("--doc").isEmpty() ? null : Path.of(v.get("--doc")));
        }
    }

    /** Per-message latencies (ns) and messages per second of one way of doing it. */
    record Run(String name, Histogram latencies, double perSecond, long flagged, Busy busy) {
        double p99Micros() {
            return latencies.getValueAtPercentile(99) / 1_000.0;
        }

        double p50Micros() {
            return latencies.getValueAtPercentile(50) / 1_000.0;
        }
    }

    /** What the naive baseline and the matcher agreed on, and what only the matcher saw. */
    record Agreement(int plainViolations, int plainFoundByBoth, int disguised, int disguisedFoundByMatcher,
                     int disguisedFoundByBaseline, int ordinary, int ordinaryFlagged) {
    }

    /**
     * The matcher and the baseline on the same messages, interleaved in blocks of {@link #BLOCK} so both meet the
     * same disturbance from other processes: wall time and this thread's CPU time of each.
     */
    record Comparison(Histogram baseline, long baselineWallNanos, long baselineCpuNanos, long baselineFlagged,
                      long matchingWallNanos, long matchingCpuNanos, int messages, Busy busy) {
        static final int BLOCK = 50;

        double wallSpeedup() {
            return (double) baselineWallNanos / matchingWallNanos;
        }

        double cpuSpeedup() {
            return (double) baselineCpuNanos / matchingCpuNanos;
        }
    }

    record Results(Options options, long buildMillis, Run matching, Run baseline, Comparison comparison,
                   Agreement agreement, List<Run> routing, Map<String, Long> routedOutcomes) {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Results results = run(options);
        String section = new ModerationReport(results).section();
        System.out.println(section);
        if (options.doc() != null) {
            com.daren.bench.DocSection.write(options.doc(), HEADING, section);
            System.out.println("wrote " + options.doc().toAbsolutePath());
        }
        System.exit(0);
    }

    static Results run(Options o) {
        ChatCorpus corpus = new ChatCorpus(o.words(), o.groupWords(), o.messages(), 20261125L);
        List<String> adPhrases = List.of("加v", "加微", "加我微", "加微信", "vx", "v信", "薇信", "威信", "扫码", "二维码",
                "兼职", "代理", "日赚", "日结", "免费领", "私聊我");
        long t0 = System.nanoTime();
        WordMatcher global = WordMatcher.of(corpus.bannedWords);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        WordMatcher group = WordMatcher.of(corpus.groupWords);
        Screening screening = new Screening(WordMatcher.of(adPhrases));

        for (int i = 0; i < Math.min(5_000, corpus.messages.size()); i++) {  // warm-up
            screening.screen(corpus.messages.get(i).text(), global, group);
        }
        Busy.Meter meter = Busy.start();
        Histogram matching = new Histogram(3_600_000_000_000L, 3);
        long flagged = 0;
        long started = System.nanoTime();
        for (int r = 0; r < o.rounds(); r++) {
            for (ChatCorpus.Message m : corpus.messages) {
                long s = System.nanoTime();
                boolean hit = screening.screen(m.text(), global, group).isPresent();
                matching.recordValue(Math.max(1, System.nanoTime() - s));
                flagged += hit ? 1 : 0;
            }
        }
        double matchingRate = (double) o.rounds() * corpus.messages.size() / ((System.nanoTime() - started) / 1e9);
        Run matchingRun = new Run("matching", matching, matchingRate, flagged / o.rounds(), meter.stop());

        List<String> naiveList = new ArrayList<>(corpus.bannedWords);
        naiveList.addAll(corpus.groupWords);
        naiveList.addAll(adPhrases);
        List<ChatCorpus.Message> sample = corpus.messages.subList(0, Math.min(o.baselineMessages(), corpus.messages.size()));
        for (int i = 0; i < Math.min(200, sample.size()); i++) {
            naive(sample.get(i).text(), naiveList);
        }
        Comparison comparison = compare(sample, screening, global, group, naiveList);
        Run baselineRun = new Run("baseline", comparison.baseline(), sample.size() / (comparison.baselineWallNanos() / 1e9),
                comparison.baselineFlagged(), comparison.busy());

        Agreement agreement = agree(sample, screening, global, group, naiveList);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        List<Run> routing = o.routed() > 0 ? route(o, corpus, outcomes) : List.of();
        return new Results(o, buildMillis, matchingRun, baselineRun, comparison, agreement, routing, outcomes);
    }

    private static Comparison compare(List<ChatCorpus.Message> sample, Screening screening, WordMatcher global,
                                      WordMatcher group, List<String> naiveList) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Histogram baseline = new Histogram(3_600_000_000_000L, 3);
        long baselineWall = 0, baselineCpu = 0, matchingWall = 0, matchingCpu = 0, flagged = 0;
        Busy.Meter meter = Busy.start();
        for (int from = 0; from < sample.size(); from += Comparison.BLOCK) {
            List<ChatCorpus.Message> block = sample.subList(from, Math.min(sample.size(), from + Comparison.BLOCK));
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (ChatCorpus.Message m : block) {
                long s = System.nanoTime();
                flagged += naive(m.text(), naiveList) ? 1 : 0;
                baseline.recordValue(Math.max(1, System.nanoTime() - s));
            }
            baselineWall += System.nanoTime() - wall;
            baselineCpu += threads.getCurrentThreadCpuTime() - cpu;
            cpu = threads.getCurrentThreadCpuTime();
            wall = System.nanoTime();
            for (ChatCorpus.Message m : block) {
                screening.screen(m.text(), global, group);
            }
            matchingWall += System.nanoTime() - wall;
            matchingCpu += threads.getCurrentThreadCpuTime() - cpu;
        }
        return new Comparison(baseline, baselineWall, baselineCpu, flagged, matchingWall, matchingCpu, sample.size(),
                meter.stop());
    }

    /** The naive way: every listed word, one {@code contains} each, on the lower-cased message. */
    static boolean naive(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Agreement agree(List<ChatCorpus.Message> sample, Screening screening, WordMatcher global,
                                   WordMatcher group, List<String> naiveList) {
        int plain = 0, plainBoth = 0, disguised = 0, disguisedMatcher = 0, disguisedBaseline = 0, ordinary = 0, ordinaryFlagged = 0;
        for (ChatCorpus.Message m : sample) {
            boolean ours = screening.screen(m.text(), global, group).isPresent();
            boolean theirs = naive(m.text(), naiveList);
            if (m.violating() && m.plain()) {
                plain++;
                plainBoth += ours && theirs ? 1 : 0;
            } else if (m.violating()) {
                disguised++;
                disguisedMatcher += ours ? 1 : 0;
                disguisedBaseline += theirs ? 1 : 0;
            } else {
                ordinary++;
                ordinaryFlagged += ours ? 1 : 0;
            }
        }
        return new Agreement(plain, plainBoth, disguised, disguisedMatcher, disguisedBaseline, ordinary, ordinaryFlagged);
    }

    /** Each message through the running app, with 1 and then 4 callers. */
    private static List<Run> route(Options o, ChatCorpus corpus, Map<String, Long> outcomes) {
        Path words;
        try {
            words = Files.createTempFile("daren-banned-", ".txt");
            Files.write(words, corpus.bannedWords, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ConfigurableApplicationContext app = startApp(words)) {
            GroupStore groups = app.getBean(GroupStore.class);
            Clock clock = app.getBean(Clock.class);
            Group group = groups.bind(Group.bind(GroupChatType.SIM, "bench-group", "压测群", "op_li",
                    ZoneId.of("Asia/Shanghai"), "bench", clock.instant()));
            app.getBean(BannedWordStore.class).add(group.id(), corpus.groupWords);
            InboundPipeline pipeline = app.getBean(InboundPipeline.class);
            GroupMessageRouter router = app.getBean(GroupMessageRouter.class);
            List<ChatCorpus.Message> messages = corpus.messages.subList(0, Math.min(o.routed(), corpus.messages.size()));
            for (int i = 0; i < Math.min(500, messages.size()); i++) {
                router.route(group, message("warm" + i, "w" + (i % 20), messages.get(i).text(), clock));
            }
            List<Run> runs = new ArrayList<>();
            for (int callers : List.of(1, 4)) {
                runs.add(routed(pipeline, messages, callers, clock, callers == 1 ? outcomes : null, router, group));
            }
            return runs;
        } finally {
            try {
                Files.deleteIfExists(words);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private static Run routed(InboundPipeline pipeline, List<ChatCorpus.Message> messages, int callers, Clock clock,
                              Map<String, Long> outcomes, GroupMessageRouter router, Group group) {
        Histogram latencies = new Histogram(3_600_000_000_000L, 3);
        AtomicInteger next = new AtomicInteger();
        Busy.Meter meter = Busy.start();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Histogram>> parts = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                parts.add(pool.submit(() -> {
                    Histogram h = new Histogram(3_600_000_000_000L, 3);
                    for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
                        // 200 members, so strikes spread like in a real group rather than all on one sender.
                        InboundMessage m = message("c" + callers + "-" + i, "m" + (i % 200), messages.get(i).text(), clock);
                        long s = System.nanoTime();
                        pipeline.process(m);
                        h.recordValue(Math.max(1, System.nanoTime() - s));
                    }
                    return h;
                }));
            }
            for (Future<Histogram> part : parts) {
                latencies.add(part.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("routing run failed", e);
        } finally {
            pool.shutdownNow();
        }
        double rate = messages.size() / ((System.nanoTime() - started) / 1e9);
        if (outcomes != null) {
            for (int i = 0; i < Math.min(2_000, messages.size()); i++) {  // what routing decided, on a sample
                GroupMessageRouter.Routed r = router.route(group, message("o" + i, "o" + (i % 200), messages.get(i).text(), clock));
                outcomes.merge(r.name(), 1L, Long::sum);
            }
        }
        return new Run(callers + (callers == 1 ? " caller" : " callers"), latencies, rate, 0, meter.stop());
    }

    private static InboundMessage message(String id, String sender, String text, Clock clock) {
        return InboundMessage.text(Channel.SIM, "bench:" + id, sender, "bench-group", text, clock.instant());
    }

    static ConfigurableApplicationContext startApp(Path bannedWords) {
        return new SpringApplicationBuilder(DarenApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--REDIS_URL=",
                "--daren.redis.embedded.enabled=true", "--daren.redis.embedded.data-dir=",
                "--daren.scheduler.enabled=false", "--daren.simulator.enabled=true", "--daren.templates.folder=",
                "--daren.community.moderation.banned-words-file=" + bannedWords,
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
                "--logging.level.io.lettuce.core.protocol=ERROR");
    }

    /**
     * How busy the machine (all cores, /proc/stat) and this JVM were while a run went, as shares of all cores; the
     * rest ("others") is other processes, the embedded redis-server included during routing.
     */
    record Busy(double machine, double process) {
        static Meter start() {
            return new Meter();
        }

        double others() {
            return Math.max(0, machine - process);
        }

        static final class Meter {
            private final com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            private final long cpu0 = os.getProcessCpuTime();
            private final long wall0 = System.nanoTime();
            private final long[] jiffies0 = jiffies();

            Busy stop() {
                double cores = os.getAvailableProcessors();
                double process = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - wall0) / cores;
                long[] jiffies1 = jiffies();
                double all = jiffies1[0] - jiffies0[0];
                double machine = all <= 0 ? Double.NaN : ((all - (jiffies1[1] - jiffies0[1])) / all);
                return new Busy(Math.min(1, machine), Math.min(1, process));
            }

            /** Total and idle (idle + iowait) jiffies of all cores; zeros where there is no /proc. */
            private static long[] jiffies() {
                try {
                    String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                    long total = 0;
                    for (int i = 1; i < f.length; i++) {
                        total += Long.parseLong(f[i]);
                    }
                    return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
                } catch (IOException | RuntimeException e) {
                    return new long[] {0, 0};
                }
            }
        }
    }

    private ModerationBenchmark() {
    }

}
