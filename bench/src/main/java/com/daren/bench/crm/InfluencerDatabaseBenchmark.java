package com.daren.bench.crm;

import com.daren.bench.BenchArgs;
import com.daren.bot.DarenApplication;
import com.daren.bot.crm.io.ImportSummary;
import com.daren.bot.crm.io.InfluencerImport;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerQuery;
import com.daren.crm.InfluencerStore;
import com.daren.crm.SortField;
import com.daren.store.RedisKeys;
import org.HdrHistogram.Histogram;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The influencer database at scale (issue 达人库): N generated influencers written through the real
 * {@link InfluencerStore#create} into a throwaway redis-server, Redis memory per record with its indexes, latency of
 * a mix of filtered, sorted, paged {@code /daren list} queries through the real {@link InfluencerStore#query}
 * beside a baseline that loads every record and filters in Java (same run, same answers checked), and a CSV import
 * through the real {@link InfluencerImport#importFile} (then the same file again: idempotent). Writes its section
 * of docs/benchmarks.md. Run from the repository root with {@link #COMMAND}.
 *
 * <p>Options, with their defaults: {@code --records=200000 --import-rows=50000 --writers=8 --list-runs=1000
 * --list-warmup=200 --baseline-runs=5 --batch=1000 --memory-sample=2000 --settle=5s --seed=2024 --quiet-wait=600s
 * --doc=docs/benchmarks.md}, or {@code --no-doc}.
 */
public final class InfluencerDatabaseBenchmark {

    /** The one command that builds everything and reproduces the section, from the repository root. */
    public static final String COMMAND = "mvn -B -q package -DskipTests && java -Xms2g -Xmx2g "
            + "-cp \"$(cat bench/target/classpath.txt):bench/target/classes\" com.daren.bench.crm.InfluencerDatabaseBenchmark";

    static final String ACTOR = "bench";
    static final String IMPORT_ACTOR = "op1";

    /**
     * @param listRuns     measured {@code list} calls in all, spread evenly over the queries (after the warm-up)
     * @param baselineRuns measured baseline runs per query (after one warm-up run each)
     * @param batch        records per pipelined HGETALL batch in the baseline
     * @param memorySample records whose HASH and history LIST are measured with MEMORY USAGE
     */
    public record Options(int records, int importRows, int writers, int listRuns, int listWarmup, int baselineRuns,
                          int batch, int memorySample, Duration settle, long seed, Duration quietWait, Path doc,
                          List<String> args) {

        public static Options parse(String[] args) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("--records", "200000");
            v.put("--import-rows", "50000");
            v.put("--writers", "8");
            v.put("--list-runs", "1000");
            v.put("--list-warmup", "200");
            v.put("--baseline-runs", "5");
            v.put("--batch", "1000");
            v.put("--memory-sample", "2000");
            v.put("--settle", "5s");
            v.put("--seed", "2024");
            v.put("--quiet-wait", "600s");
            v.put("--doc", "docs/benchmarks.md");
            v = BenchArgs.parse(args, v, "InfluencerDatabaseBenchmark");
            Options o = new Options(count(v.get("--records")), count(v.get("--import-rows")), count(v.get("--writers")),
                    count(v.get("--list-runs")), count(v.get("--list-warmup")), count(v.get("--baseline-runs")),
                    count(v.get("--batch")), count(v.get("--memory-sample")), BenchArgs.duration(v.get("--settle")),
                    Long.parseLong(v.get("--seed")), BenchArgs.duration(v.get("--quiet-wait")),
                    BenchArgs.doc(v), List.of(args));
            if (o.records < 1 || o.importRows < 1 || o.writers < 1 || o.listRuns < 1 || o.baselineRuns < 1 || o.batch < 1) {
                throw new IllegalArgumentException("records, import rows, writers, runs and batch must be at least 1");
            }
            return o;
        }

        /** 200000, 200k or 200_000. */
        static int count(String v) {
            String s = v.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
            return s.endsWith("k") ? Integer.parseInt(s.substring(0, s.length() - 1)) * 1000 : Integer.parseInt(s);
        }
    }

    /**
     * One query's figures: Redis (the real path) and the baseline, and whether their answers agreed.
     *
     * @param total        how many records match (the baseline's count)
     * @param listTotal    the count {@code list} gave: equal to {@code total} when {@code listExact}, else a lower bound
     * @param sameTotal    the count agrees: equal when exact, else a true lower bound beyond the page
     * @param scriptMicros mean time the search script ran inside Redis (INFO commandstats), µs
     */
    public record QueryResult(ListQuery query, long total, long listTotal, boolean listExact, Histogram redis,
                              Histogram baseline, boolean sameTotal, boolean samePage, boolean sameSet, String detail,
                              double scriptMicros) {

        /** What the reply says: "3,367" or "at least 21". */
        public String listSays() {
            return listExact ? String.format(Locale.ROOT, "%,d", listTotal)
                    : String.format(Locale.ROOT, "at least %,d", listTotal);
        }
    }

    /** An import of the CSV file: what the import said, and the wall time around the call. */
    public record ImportRun(ImportSummary summary, long millis, CpuShare.Usage cpu) {
    }

    /** Everything one run measured. */
    public record Results(String redisVersion, String redisEncodingConfig, int records, long writeMillis,
                          long writeErrors, CpuShare.Usage writeCpu, RedisMemory.Info memBefore,
                          RedisMemory.Info memAfter, List<RedisMemory.Family> families, List<QueryResult> queries,
                          Histogram redisAll, Histogram baselineAll, CpuShare.Usage listCpu, CpuShare.Usage baselineCpu,
                          long listConnections, List<RedisMemory.CommandStat> listCommands,
                          long csvBytes, ImportRun firstImport, ImportRun secondImport, RedisMemory.Info memBeforeImport,
                          RedisMemory.Info memAfterImport, long liveAfterImport, double busyBeforeStart,
                          long runSeconds) {

        /** used_memory growth ÷ records. */
        public double bytesPerRecord() {
            return (double) (memAfter.used() - memBefore.used()) / records;
        }

        /** used_memory_dataset growth ÷ records; NaN if the server does not report it. */
        public double datasetBytesPerRecord() {
            return memAfter.dataset() < 0 || memBefore.dataset() < 0 ? Double.NaN
                    : (double) (memAfter.dataset() - memBefore.dataset()) / records;
        }

        public double bytesPerImportedRecord() {
            int created = firstImport.summary().created();
            return created == 0 ? Double.NaN : (double) (memAfterImport.used() - memBeforeImport.used()) / created;
        }

        public double listP95Millis() {
            return redisAll.getValueAtPercentile(95) / 1000.0;
        }

        public double baselineP95Millis() {
            return baselineAll.getValueAtPercentile(95) / 1000.0;
        }

        public boolean allAgree() {
            return queries.stream().allMatch(q -> q.sameTotal() && q.samePage());
        }
    }

    static final double QUIET = 0.15;

    private InfluencerDatabaseBenchmark() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Results results = run(options);
        String section = new DatabaseReport(options, results).section();
        System.out.println();
        System.out.println(section);
        if (options.doc() != null) {
            Path parent = options.doc().toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                writeSection(options.doc(), DatabaseReport.HEADING, section);
                System.out.println("Wrote the section \"" + DatabaseReport.HEADING + "\" of " + options.doc());
            } else {
                System.out.println("Not written: no folder for " + options.doc().toAbsolutePath()
                        + " (run from the repository root, or pass --doc=PATH / --no-doc)");
            }
        }
        System.exit(0);
    }

    /**
     * Replaces this benchmark's section of the document through the shared {@code com.daren.bench.DocSection}
     * (package-private in the parent package, hence reflection), leaving the other sections alone.
     */
    static void writeSection(Path doc, String heading, String section) {
        try {
            Method write = Class.forName("com.daren.bench.DocSection").getDeclaredMethod("write", Path.class,
                    String.class, String.class);
            write.setAccessible(true);
            write.invoke(null, doc, heading, section);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("com.daren.bench.DocSection.write(Path, String, String) is missing", e);
        }
    }

    /** Starts the app on a throwaway redis-server, runs every phase, stops everything. */
    public static Results run(Options o) {
        long started = System.nanoTime();
        double busyBefore = Double.NaN;
        if (!o.quietWait().isZero()) {
            busyBefore = CpuShare.awaitQuiet(QUIET, o.quietWait().toSeconds(), InfluencerDatabaseBenchmark::log);
            log(String.format(Locale.ROOT, "machine busy before start: %.0f %%", busyBefore * 100));
        }
        log("starting Daren in this JVM (fresh embedded redis-server, scheduler off) ...");
        try (ConfigurableApplicationContext context = startApp()) {
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
            InfluencerStore store = context.getBean(InfluencerStore.class);
            InfluencerImport importer = context.getBean(InfluencerImport.class);
            RedisMemory.Info empty = RedisMemory.info(redis);
            if (empty.keys() > 100 || store.count() > 0) {
                throw new IllegalStateException("the Redis this run got holds " + empty.keys()
                        + " keys; the benchmark needs a fresh one (is REDIS_URL / spring.data.redis.* set?)");
            }
            String version = RedisMemory.serverVersion(redis);
            String encodingConfig = RedisMemory.config(redis, "*max-*-entries");
            log("Redis " + version + "; " + encodingConfig);
            InfluencerGenerator generator = new InfluencerGenerator(o.seed());

            // 1. Write N records through the real store.
            sleep(o.settle().toMillis());
            RedisMemory.Info before = RedisMemory.info(redis);
            log(String.format(Locale.ROOT, "writing %,d influencers through InfluencerStore.create on %d threads ...",
                    o.records(), o.writers()));
            CpuShare writeCpu = new CpuShare();
            long t0 = System.nanoTime();
            long errors = write(store, generator, o.records(), o.writers());
            long writeMillis = (System.nanoTime() - t0) / 1_000_000;
            CpuShare.Usage writeUsage = writeCpu.usage();
            log(String.format(Locale.ROOT, "  %,d written in %.1f s (%,.0f/s), %d errors; CPU %s", o.records() - errors,
                    writeMillis / 1000.0, o.records() * 1000.0 / Math.max(1, writeMillis), errors, writeUsage));
            if (errors > 0) {
                throw new IllegalStateException(errors + " records could not be written");
            }

            // 2. Memory.
            sleep(o.settle().toMillis());
            RedisMemory.Info after = RedisMemory.info(redis);
            long maxId = Long.parseLong(Objects.requireNonNull(redis.opsForValue().get(RedisKeys.influencerSequence())));
            List<RedisMemory.Family> families = RedisMemory.breakdown(redis, o.records(), maxId, o.memorySample(),
                    InfluencerGenerator.OWNERS, InfluencerGenerator.TAGS);
            log(String.format(Locale.ROOT, "  used_memory %,d → %,d bytes: %.0f bytes per record (dataset %.0f)",
                    before.used(), after.used(), (double) (after.used() - before.used()) / o.records(),
                    (double) (after.dataset() - before.dataset()) / o.records()));

            // 3. List latency through the real store.
            List<ListQuery> queries = ListQuery.defaults();
            log("list: " + o.listWarmup() + " warm-up calls, then " + o.listRuns() + " measured over " + queries.size()
                    + " queries ...");
            for (int k = 0; k < o.listWarmup(); k++) {
                store.query(queries.get(k % queries.size()).query());
            }
            Histogram redisAll = histogram();
            List<Histogram> perQuery = new ArrayList<>();
            List<InfluencerQuery.Page> answers = new ArrayList<>();
            for (ListQuery q : queries) {
                perQuery.add(histogram());
                answers.add(store.query(q.query()));
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < queries.size(); k++) {
                order.add(k);
            }
            Random shuffle = new Random(o.seed());
            int rounds = (o.listRuns() + queries.size() - 1) / queries.size();
            CpuShare listCpu = new CpuShare();
            RedisMemory.resetStats(redis);
            long connectionsBefore = RedisMemory.connectionsReceived(redis);
            for (int round = 0; round < rounds; round++) {
                Collections.shuffle(order, shuffle);
                for (int k : order) {
                    long s = System.nanoTime();
                    InfluencerQuery.Page page = store.query(queries.get(k).query());
                    long micros = (System.nanoTime() - s) / 1000;
                    perQuery.get(k).recordValue(micros);
                    redisAll.recordValue(micros);
                    if (page.total() != answers.get(k).total() || page.items().size() != answers.get(k).items().size()) {
                        throw new IllegalStateException("query " + queries.get(k).text() + " answered differently on a later run");
                    }
                }
            }
            CpuShare.Usage listUsage = listCpu.usage();
            long listConnections = RedisMemory.connectionsReceived(redis) - connectionsBefore;
            List<RedisMemory.CommandStat> listCommands = RedisMemory.commandStats(redis);
            List<Double> scriptMicros = new ArrayList<>();
            for (ListQuery q : queries) {
                scriptMicros.add(scriptMicros(redis, store, q, Math.max(5, o.listRuns() / queries.size() / 5)));
            }
            log(String.format(Locale.ROOT, "  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %,d calls; CPU %s; "
                            + "%,d new Redis connections",
                    redisAll.getValueAtPercentile(50) / 1000.0, redisAll.getValueAtPercentile(95) / 1000.0,
                    redisAll.getValueAtPercentile(99) / 1000.0, redisAll.getTotalCount(), listUsage, listConnections));

            // 4. Baseline: load everything, filter and sort in Java; the answers must be the same.
            log("baseline: load all records (ZRANGE + pipelined HGETALL, " + o.batch() + " a batch), filter and sort in Java; "
                    + "1 warm-up + " + o.baselineRuns() + " runs per query ...");
            Histogram baselineAll = histogram();
            List<QueryResult> results = new ArrayList<>();
            CpuShare baselineCpu = new CpuShare();
            for (int k = 0; k < queries.size(); k++) {
                ListQuery q = queries.get(k);
                Histogram h = histogram();
                ListQuery.Answer baseline = null;
                for (int run = 0; run <= o.baselineRuns(); run++) {
                    long s = System.nanoTime();
                    ListQuery.Answer a = q.answer(loadAll(redis, store, o.batch()));
                    long micros = (System.nanoTime() - s) / 1000;
                    if (run > 0) {
                        h.recordValue(micros);
                        baselineAll.recordValue(micros);
                    }
                    baseline = a;
                }
                results.add(compare(q, answers.get(k), baseline, perQuery.get(k), h, scriptMicros.get(k)));
                QueryResult r = results.get(results.size() - 1);
                log(String.format(Locale.ROOT, "  %-55s total %,7d (list: %s)  redis p50 %7.2f ms  baseline p50 %8.1f ms  %s",
                        q.text(), r.total(), r.listSays(), r.redis().getValueAtPercentile(50) / 1000.0,
                        h.getValueAtPercentile(50) / 1000.0, r.samePage() && r.sameTotal() ? "same answer" : r.detail()));
            }
            CpuShare.Usage baselineUsage = baselineCpu.usage();

            // 5. Import a CSV through the real import, then the same file again.
            sleep(o.settle().toMillis());
            RedisMemory.Info beforeImport = RedisMemory.info(redis);
            byte[] csv = generator.csv(o.importRows());
            String fileName = "达人导入-" + o.importRows() + ".csv";
            log(String.format(Locale.ROOT, "import: %,d rows, %,d bytes, through InfluencerImport.importFile ...",
                    o.importRows(), csv.length));
            ImportRun first = importOnce(importer, csv, fileName);
            log("  first: " + describe(first));
            ImportRun second = importOnce(importer, csv, fileName);
            log("  again: " + describe(second));
            sleep(o.settle().toMillis());
            RedisMemory.Info afterImport = RedisMemory.info(redis);
            long live = store.count();
            return new Results(version, encodingConfig, o.records(), writeMillis, errors, writeUsage, before, after,
                    families, results, redisAll, baselineAll, listUsage, baselineUsage, listConnections, listCommands, csv.length, first, second,
                    beforeImport, afterImport, live, busyBefore,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    /** The app as it runs, on a fresh throwaway redis-server whatever the environment says. */
    static ConfigurableApplicationContext startApp() {
        List<String> args = List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // Command-line arguments win over the environment: never write into a REDIS_URL someone has set.
                "--REDIS_URL=",
                "--daren.redis.embedded.enabled=true",
                "--daren.redis.embedded.data-dir=",
                "--daren.scheduler.enabled=false",
                "--daren.simulator.enabled=false",
                "--daren.templates.folder=",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--logging.level.root=WARN",
                // When the context closes, the redis-server may stop before Lettuce does; its reconnect attempt is noise.
                "--logging.level.io.lettuce.core.protocol=ERROR");
        return new SpringApplicationBuilder(DarenApplication.class).run(args.toArray(String[]::new));
    }

    /** Creates records 0..n-1 on {@code writers} threads; returns how many failed. */
    private static long write(InfluencerStore store, InfluencerGenerator generator, int n, int writers) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, n / 10);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        try {
                            store.create(generator.influencer(i), ACTOR);
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 3) {
                                log("  record " + i + " failed: " + e);
                            }
                        }
                        int d = done.incrementAndGet();
                        if (d % step == 0 && d < n) {
                            log(String.format(Locale.ROOT, "  %,d written", d));
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }

    /** Mean time Redis spent running the search script for {@code q} over {@code runs} calls (INFO commandstats). */
    private static double scriptMicros(StringRedisTemplate redis, InfluencerStore store, ListQuery q, int runs) {
        RedisMemory.resetStats(redis);
        for (int k = 0; k < runs; k++) {
            store.query(q.query());
        }
        return RedisMemory.commandStats(redis).stream().filter(c -> c.command().startsWith("eval"))
                .mapToDouble(c -> (double) c.micros() / Math.max(1, c.calls())).max().orElse(Double.NaN);
    }

    /** Every live record: all ids from the created ZSET, then pipelined HGETALL in batches, decoded by the store. */
    static List<Influencer> loadAll(StringRedisTemplate redis, InfluencerStore store, int batch) {
        Set<String> idSet = redis.opsForZSet().range(RedisKeys.influencersBy(SortField.CREATED.key()), 0, -1);
        List<String> ids = idSet == null ? List.of() : new ArrayList<>(idSet);
        List<Influencer> all = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += batch) {
            all.addAll(store.getAll(ids.subList(from, Math.min(ids.size(), from + batch))));
        }
        return all;
    }

    private static QueryResult compare(ListQuery q, InfluencerQuery.Page redis, ListQuery.Answer baseline,
                                       Histogram redisLatency, Histogram baselineLatency, double scriptMicros) {
        List<String> redisIds = redis.items().stream().map(Influencer::id).toList();
        boolean sameTotal = redis.totalExact() ? redis.total() == baseline.total()
                : redis.total() <= baseline.total() && redis.total() > (long) redis.page() * redis.pageSize();
        boolean samePage = redisIds.equals(baseline.ids());
        boolean sameSet = new HashSet<>(redisIds).equals(new HashSet<>(baseline.ids()));
        String detail = sameTotal && samePage ? "same total and page"
                : "Redis total " + (redis.totalExact() ? "" : "at least ") + redis.total() + " page " + redisIds
                + "; baseline total " + baseline.total()
                + " page " + baseline.ids();
        return new QueryResult(q, baseline.total(), redis.total(), redis.totalExact(), redisLatency, baselineLatency,
                sameTotal, samePage, sameSet, detail, scriptMicros);
    }

    private static ImportRun importOnce(InfluencerImport importer, byte[] csv, String fileName) {
        CpuShare cpu = new CpuShare();
        long s = System.nanoTime();
        ImportSummary summary = importer.importFile(csv, fileName, IMPORT_ACTOR, "bench");
        long millis = (System.nanoTime() - s) / 1_000_000;
        return new ImportRun(summary, millis, cpu.usage());
    }

    static String describe(ImportRun run) {
        ImportSummary s = run.summary();
        return String.format(Locale.ROOT, "%.1f s (%,.0f rows/s): %,d rows, created %,d, updated %,d, unchanged %,d, "
                        + "rejected %,d%s; CPU %s", run.millis() / 1000.0, s.rows() * 1000.0 / Math.max(1, run.millis()),
                s.rows(), s.created(), s.updated(), s.unchanged(), s.rejectedCount(),
                s.rejected().isEmpty() ? "" : " (first: row " + s.rejected().get(0).row() + " " + s.rejected().get(0).reasonEn() + ")",
                run.cpu());
    }

    /** Microseconds, up to 10 minutes, 3 significant digits. */
    static Histogram histogram() {
        return new Histogram(600_000_000L, 3);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void log(String line) {
        System.out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + line);
    }
}
