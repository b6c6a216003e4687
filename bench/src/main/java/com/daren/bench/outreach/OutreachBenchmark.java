package com.daren.bench.outreach;

import com.daren.bench.BenchArgs;
import com.daren.bot.redis.EmbeddedRedis;
import com.daren.command.Lang;
import com.daren.crm.Platform;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.OutreachSettings;
import com.daren.outreach.SendWindow;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import com.daren.store.RedisKeys;
import com.daren.template.MessageTemplates;
import com.daren.testkit.FakeWeChatServer;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Outreach dispatch at scale: N enrolments whose next step falls due in the same minute (all at its first instant,
 * the hardest case), dispatched by Daren's real engine (Redis due queue, {@code DueWorkRunner} ticked by Quartz,
 * {@code OutreachDispatcher}) to the fake WeChat API on loopback, beside a baseline measured in the same run: one
 * Quartz trigger with its own JobDetail per step (RAMJobStore) making the same sends. Then a rate-limited run for
 * lateness beyond the limit, and a fresh dispatcher's start-up on a Redis holding the pending steps. Writes its section
 * of docs/benchmarks.md. Run from the repository root with {@link #COMMAND}.
 *
 * <p>Options, with their defaults: {@code --enrolments=100000 --threads=16 --tick=1s --warmup=5000
 * --limited-enrolments=5000 --limited-rate=500 --limited-jitter=0s,0s,0s,30s --app-startup=true --quiet-wait=300s
 * --doc=docs/benchmarks.md}, or {@code --no-doc}. {@code --limited-jitter} lists one rate-limited run per value
 * (30 s is the shipped {@code daren.outreach.jitter}; the lateness target is judged on the worst run with the smallest
 * jitter, repeated because the outcome depends on where the ticks fall in the second); {@code --app-startup} also starts the whole Spring app on the
 * Redis holding the pending steps.
 */
public final class OutreachBenchmark {

    /** The one command that builds everything and reproduces the section, from the repository root. */
    public static final String COMMAND = "mvn -B -q package -DskipTests && java -Xms2g -Xmx2g "
            + "-cp \"$(cat bench/target/classpath.txt):bench/target/classes\" com.daren.bench.outreach.OutreachBenchmark";

    static final String HEADING = "## Outreach dispatch (issue: outreach sequences)";

    /** The shipped default sequence's name (its length is part of every enrolment HASH). */
    static final String MAIN = "first-contact";
    static final String WARM = "warm-up";
    static final String LIMITED = "rate-limited";
    static final String TEMPLATE = "outreach/intro";
    /** Machine counts as quiet enough to start a phase below this busy share. */
    static final double QUIET = 0.15;
    /** Starts of the whole bot on the full and on an empty Redis each, in alternating order. */
    static final int APP_TRIES = 3;

    /**
     * @param threads Daren's worker threads (daren.scheduler.workers, shipped default 16) = the baseline's Quartz
     *                thread pool
     */
    public record Options(int enrolments, int threads, Duration tick, int warmup, int limitedEnrolments,
                          int limitedRate, List<Duration> limitedJitter, boolean appStartup, Duration quietWait, Path doc,
                          List<String> args) {

        public static Options parse(String... args) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("--enrolments", "100000");
            v.put("--threads", "16");
            v.put("--tick", "250ms"); // the shipped daren.scheduler.tick
            v.put("--warmup", "5000");
            v.put("--limited-enrolments", "5000");
            v.put("--limited-rate", "500");
            v.put("--limited-jitter", "0s,0s,0s,30s");
            v.put("--app-startup", "true");
            v.put("--quiet-wait", "300s");
            v.put("--doc", "docs/benchmarks.md");
            v = BenchArgs.parse(args, v, "OutreachBenchmark");
            return new Options(Integer.parseInt(v.get("--enrolments").replace("_", "")),
                    Integer.parseInt(v.get("--threads")), BenchArgs.duration(v.get("--tick")),
                    Integer.parseInt(v.get("--warmup").replace("_", "")),
                    Integer.parseInt(v.get("--limited-enrolments").replace("_", "")),
                    Integer.parseInt(v.get("--limited-rate")),
                    java.util.Arrays.stream(v.get("--limited-jitter").split(",")).map(String::trim)
                            .filter(j -> !j.isEmpty()).map(BenchArgs::duration).toList(),
                    Boolean.parseBoolean(v.get("--app-startup")), BenchArgs.duration(v.get("--quiet-wait")), BenchArgs.doc(v),
                    List.of(args));
        }
    }

    /**
     * Redis bytes (INFO memory used_memory deltas, and MEMORY USAGE of the parts).
     *
     * @param influencerBytes  per influencer record with its indexes and history (set-up, not the engine's)
     * @param pendingStepBytes per enrolment with its pending step: HASH, due item, active/latest index entries
     * @param enrolmentHash    MEMORY USAGE of one enrolment HASH (average of a sample)
     * @param dueItem          MEMORY USAGE of the due ZSET divided by its items
     * @param activeEntry      MEMORY USAGE of the active-enrolments HASH per entry
     * @param latestEntry      MEMORY USAGE of the latest-enrolments HASH per entry
     */
    public record Memory(double influencerBytes, double pendingStepBytes, double enrolmentHash, double dueItem,
                         double activeEntry, double latestEntry, double keyspaceTableGrowth) {
    }

    /**
     * The whole bot (Spring Boot app: Tomcat, every bean, its own Quartz tick) started on the Redis holding the
     * pending steps, none of them due.
     *
     * @param readyMs      from launching the JVM to Spring Boot's "Started DarenApplication" (context refreshed, web
     *                     server up, Quartz running the tick)
     * @param firstClaimMs from launching the JVM to the app's first Lua call on Redis (its first tick's claim); -1 if
     *                     not seen
     * @param pending      due items waiting in the outreach queue when it started
     */
    public record AppStartup(long readyMs, long firstClaimMs, long pending) {
    }

    /** Daren's engine over one cohort. */
    public record DarenRun(SendStats sends, long startedAtMs, long readyMs, long firstTickMs, long pendingAtStart,
                           long dueInQueueAtStart, int advanced, long statsSent, long leftLeased, int alerts,
                           CpuTime.Usage cpu, double busyWhileSending, double redisCommandsPerSend,
                           double scriptsPerSend, int ticks, boolean completed) {

        /** From start() to the first send arriving at the fake server. */
        long firstSendAfterStartMs() {
            return sends.sent() == 0 ? -1 : sends.firstMs() - startedAtMs;
        }
    }

    public record BaselineRun(SendStats sends, long schedulingMs, double heapBytesPerTrigger, long startedLateMs,
                              int failures, CpuTime.Usage cpu, double busyWhileSending, boolean completed) {
    }

    /** One rate-limited run, with the jitter it had. */
    public record LimitedRun(Duration jitter, DarenRun run) {
    }

    public record Results(Options options, String redisVersion, double setupInfluencersS, double setupEnrolmentsS,
                          Memory memory, DarenRun daren, BaselineRun baseline, List<LimitedRun> limitedRuns,
                          List<AppStartup> app, List<AppStartup> appEmpty, String appLaunch,
                          List<AppStartup> appPlain, List<String> notes) {

        /** The first rate-limited run (first-send start-up figures); or null. */
        public DarenRun limited() {
            return limitedRuns.isEmpty() ? null : limitedRuns.get(0).run();
        }

        /** The runs with the smallest jitter, on whose worst p99 the lateness target is judged. */
        public List<LimitedRun> leastJitter() {
            Duration least = limitedRuns.stream().map(LimitedRun::jitter).min(Duration::compareTo).orElse(Duration.ZERO);
            return limitedRuns.stream().filter(l -> l.jitter().equals(least)).toList();
        }
    }

    private OutreachBenchmark() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Results results = run(options);
        String section = new OutreachReport(results).section();
        System.out.println();
        System.out.println(section);
        if (options.doc() != null) {
            Path parent = options.doc().toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                OutreachReport.writeSection(options.doc(), HEADING, section);
                System.out.println("Wrote the section \"" + HEADING + "\" of " + options.doc());
            } else {
                System.out.println("Not written: no folder for " + options.doc().toAbsolutePath()
                        + " (run from the repository root, or pass --doc=PATH / --no-doc)");
            }
        }
        System.exit(0);
    }

    public static Results run(Options o) {
        quietLogs();
        // The JDK HTTP server behind the fake WeChat API writes headers and body separately; without TCP_NODELAY every
        // answer waits out the client's delayed ACK (~40 ms), which would make both sides measure only that stall.
        // Read once, when the JDK's server classes load: set it before the fake server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<String> notes = new ArrayList<>();
        EmbeddedRedis redisServer = EmbeddedRedis.start("");
        FakeWeChatServer fake = FakeWeChatServer.start(WeComApp.CORP_ID, WeComApp.SECRET, "wxbenchoutreachmp", "mp-secret");
        LettuceConnectionFactory setupConnections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", redisServer.port()));
        setupConnections.afterPropertiesSet();
        setupConnections.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(setupConnections);
            String redisVersion = info(redis, "server").getProperty("redis_version", "?");
            MessageTemplates templates = MessageTemplates.fromClasspathAndFolder("");
            templates.render(TEMPLATE, Lang.ZH, Map.of("name", "x", "handle", "x", "platform", Platform.XIAOHONGSHU.zh(),
                    "owner", "op", "variant", "", "tags", List.of())); // fails fast when the templates are not built
            SequenceCatalog catalog = catalog();
            Population population = new Population(redis, 8);

            if (o.warmup() > 0) {
                log("warm-up (JIT, connections), not measured: " + o.warmup() + " sends on each side");
                Population.Cohort w = population.influencers("w", WARM, o.warmup());
                population.enrol(w, Instant.now().plus(Duration.ofHours(1)));
                population.makeDue(w, Instant.now());
                darenRun(o, redisServer.port(), fake, catalog, templates, w, Instant.now(), generous(), redis);
                baselineRun(o, fake, templates, "v", o.warmup());
            }

            awaitQuiet(o, "set-up");
            long m0 = usedMemory(redis);
            long t0 = System.nanoTime();
            Population.Cohort main = population.influencers("m", MAIN, o.enrolments());
            double infS = (System.nanoTime() - t0) / 1e9;
            long m1 = usedMemory(redis);
            long buckets1 = keyspaceBuckets(redis);
            t0 = System.nanoTime();
            population.enrol(main, Instant.now().plus(Duration.ofHours(1)));
            double enrS = (System.nanoTime() - t0) / 1e9;
            long m2 = usedMemory(redis);
            long buckets2 = keyspaceBuckets(redis);
            Memory memory = memory(redis, main, m0, m1, m2, (buckets2 - buckets1) * 8.0 / o.enrolments());
            log(String.format(Locale.ROOT, "set-up: %,d influencers in %.1f s, %,d enrolments in %.1f s; Redis %.0f B per "
                    + "influencer, %.0f B per pending step", o.enrolments(), infS, o.enrolments(), enrS,
                    memory.influencerBytes(), memory.pendingStepBytes()));

            awaitQuiet(o, "Daren");
            Instant due = Instant.now().plusSeconds(1);
            population.makeDue(main, due);
            log("Daren: " + o.enrolments() + " steps due at " + due + "; starting a fresh dispatcher");
            DarenRun daren = darenRun(o, redisServer.port(), fake, catalog, templates, main, due, generous(), redis);
            log("Daren: " + summary(daren.sends()) + "; " + daren.cpu() + "; busy while sending " + Math.round(daren.busyWhileSending() * 100) + " %");

            awaitQuiet(o, "baseline");
            BaselineRun baseline = baselineRun(o, fake, templates, "b", o.enrolments());
            log("baseline: " + summary(baseline.sends()) + "; scheduling " + baseline.schedulingMs() + " ms; " + baseline.cpu() + "; busy while sending " + Math.round(baseline.busyWhileSending() * 100) + " %");
            if (baseline.startedLateMs() > 0) {
                notes.add("The baseline's triggers were scheduled " + baseline.startedLateMs()
                        + " ms after their due time; its lateness includes that.");
            }

            List<LimitedRun> limitedRuns = new ArrayList<>();
            int round = 0;
            for (Duration jitter : o.limitedEnrolments() > 0 ? o.limitedJitter() : List.<Duration>of()) {
                round++;
                Population.Cohort r = population.influencers("r" + round + "-", LIMITED, o.limitedEnrolments());
                population.enrol(r, Instant.now().plus(Duration.ofHours(1)));
                awaitQuiet(o, "rate-limited");
                Instant dueR = Instant.now();
                population.makeDue(r, dueR);
                log("rate-limited: " + o.limitedEnrolments() + " steps due now, limit " + o.limitedRate() + "/s, jitter "
                        + jitter.toMillis() + " ms; starting a fresh dispatcher on Redis holding the earlier pending steps");
                DarenRun run = darenRun(o, redisServer.port(), fake, catalog, templates, r, dueR,
                        settings(o.limitedRate(), jitter), redis);
                log("rate-limited: " + summary(run.sends()) + "; beyond the limit p99 "
                        + ms(run.sends().beyondLimit().getValueAtPercentile(99)) + " ms; " + run.cpu());
                log("  sends in each second from the due second on: " + run.sends().timeline());
                limitedRuns.add(new LimitedRun(jitter, run));
            }
            List<AppStartup> app = new ArrayList<>();
            List<AppStartup> appEmpty = new ArrayList<>();
            List<AppStartup> appPlain = new ArrayList<>();
            List<String> launch = plainLaunch();
            if (o.appStartup()) {
                // The same app on an empty Redis shows what the pending steps add; alternating tries, because a JVM
                // start on a shared machine varies by a second or more.
                EmbeddedRedis empty = EmbeddedRedis.start("");
                LettuceConnectionFactory emptyConnections = new LettuceConnectionFactory(
                        new RedisStandaloneConfiguration("127.0.0.1", empty.port()));
                emptyConnections.afterPropertiesSet();
                emptyConnections.start();
                try {
                    // The judged start is the documented fast launch (README: class-data sharing archive of the
                    // extracted jar); the plain `java -jar` of the fat jar is measured beside it for reference.
                    launch = cdsLaunch(empty.port(), fake.baseUrl());
                    for (int i = 0; i < 2 * APP_TRIES; i++) {
                        boolean fullTurn = (i % 2 == 0) == (i / 2 % 2 == 0); // full, empty, empty, full, full, empty …
                        awaitQuiet(o, "app start-up");
                        if (fullTurn) {
                            AppStartup full = appStartup(launch, redisServer.port(), fake.baseUrl(),
                                    DarenStack.queueSizes(redis)[0], redis);
                            log("the bot (new JVM) on " + full.pending() + " pending steps: started in " + full.readyMs()
                                    + " ms, first claim at " + full.firstClaimMs() + " ms");
                            app.add(full);
                        } else {
                            AppStartup bare = appStartup(launch, empty.port(), fake.baseUrl(), 0,
                                    new StringRedisTemplate(emptyConnections));
                            log("the bot (new JVM) on an empty Redis: started in " + bare.readyMs() + " ms, first claim at "
                                    + bare.firstClaimMs() + " ms");
                            appEmpty.add(bare);
                        }
                    }
                    if (!launch.equals(plainLaunch())) {
                        awaitQuiet(o, "app start-up, plain jar");
                        AppStartup plain = appStartup(plainLaunch(), redisServer.port(), fake.baseUrl(),
                                DarenStack.queueSizes(redis)[0], redis);
                        log("the bot as a plain `java -jar` of the fat jar on " + plain.pending() + " pending steps: started in "
                                + plain.readyMs() + " ms, first claim at " + plain.firstClaimMs() + " ms");
                        appPlain.add(plain);
                    }
                } finally {
                    emptyConnections.destroy();
                    empty.stop();
                }
            }
            return new Results(o, redisVersion, infS, enrS, memory, daren, baseline, limitedRuns, app, appEmpty,
                    String.join(" ", launch), appPlain, notes);
        } finally {
            setupConnections.destroy();
            fake.close();
            redisServer.stop();
        }
    }

    /** Starts a fresh Daren stack, waits until the cohort's steps went out, checks the engine's state, stops it. */
    private static DarenRun darenRun(Options o, int port, FakeWeChatServer fake, SequenceCatalog catalog,
                                     MessageTemplates templates, Population.Cohort cohort, Instant due,
                                     OutreachSettings settings, StringRedisTemplate redis) {
        fake.clear();
        long[] sizes = DarenStack.queueSizes(redis);
        long dueNow = dueBefore(redis, due.plusMillis(1));
        long commands0 = totalCommands(redis);
        long scripts0 = scriptCalls(redis);
        CpuTime cpu = new CpuTime();
        CpuTime.Sampler sampler = new CpuTime.Sampler();
        DarenStack stack = DarenStack.start(port, fake.baseUrl(), settings, catalog, templates, o.threads(), o.tick());
        boolean completed;
        CpuTime.Usage usage;
        long commands1;
        long scripts1;
        try {
            Duration timeout = timeout(cohort.size(), settings.perSecond());
            completed = awaitSends(fake, cohort.size(), timeout);
            // Every claim settled (nothing leased), so a late duplicate would have shown by now.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (DarenStack.queueSizes(redis)[1] > 0 && System.nanoTime() < deadline) {
                CpuTime.sleep(20);
            }
            usage = cpu.usage();
            commands1 = totalCommands(redis);
            scripts1 = scriptCalls(redis);
            CpuTime.sleep(200);
        } finally {
            stack.close();
            sampler.close();
        }
        Map<String, Long> dueByRecipient = new HashMap<>();
        for (String h : cohort.handles()) {
            dueByRecipient.put(h, due.toEpochMilli());
        }
        boolean limitedRun = settings.perSecond() < cohort.size();
        SendStats stats = SendStats.of(fake.sent(), dueByRecipient, limitedRun ? settings.perSecond() : 0);
        int advanced = advanced(redis, cohort);
        long statsSent = sequenceStat(redis, cohort.sequence(), "sent:0");
        long leased = DarenStack.queueSizes(redis)[1];
        double perSend = stats.sent() == 0 ? Double.NaN : (double) (commands1 - commands0) / stats.sent();
        double scriptsPerSend = stats.sent() == 0 ? Double.NaN : (double) (scripts1 - scripts0) / stats.sent();
        return new DarenRun(stats, stack.startedAtMs, stack.readyAtMs - stack.startedAtMs,
                stack.firstTickDoneAtMs() == 0 ? -1 : stack.firstTickDoneAtMs() - stack.startedAtMs, sizes[0], dueNow,
                advanced, statsSent, leased, stack.alerts(), usage, sampler.busy(stats.firstMs(), stats.lastMs()), perSend,
                scriptsPerSend, stack.ticks(), completed);
    }

    /**
     * Starts the real bot in a new JVM, as README says ({@code java -jar bot/target/daren-exec.jar}, or DarenApplication
     * from this classpath when the jar is not there), WeCom pointed at the fake server, on this Redis; waits for Spring
     * Boot's "Started DarenApplication" line, watching Redis for the app's first Lua call (its first tick's claim), then
     * stops it.
     */
    private static AppStartup appStartup(List<String> launch, int redisPort, String weChatBaseUrl, long pending,
                                         StringRedisTemplate redis) {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(launch);
        command.addAll(appArgs(redisPort, weChatBaseUrl));
        long scripts0 = scriptCalls(redis);
        long t0 = System.nanoTime();
        Process app;
        try {
            app = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not start the app: " + command, e);
        }
        java.util.concurrent.atomic.AtomicLong readyNanos = new java.util.concurrent.atomic.AtomicLong();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.contains("Started DarenApplication")) {
                        readyNanos.compareAndSet(0, System.nanoTime());
                    }
                    synchronized (output) {
                        if (output.length() < 20_000) {
                            output.append(line).append('\n');
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        }, "app-output");
        reader.setDaemon(true);
        reader.start();
        long firstClaim = 0;
        long deadline = t0 + Duration.ofSeconds(180).toNanos();
        try {
            while (System.nanoTime() < deadline && app.isAlive() && (readyNanos.get() == 0 || firstClaim == 0)) {
                if (firstClaim == 0 && scriptCalls(redis) > scripts0) {
                    firstClaim = System.nanoTime();
                }
                CpuTime.sleep(10);
            }
        } finally {
            app.destroy();
            try {
                if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (readyNanos.get() == 0) {
            synchronized (output) {
                throw new IllegalStateException("the app did not start within 180 s:\n" + output);
            }
        }
        return new AppStartup((readyNanos.get() - t0) / 1_000_000, firstClaim == 0 ? -1 : (firstClaim - t0) / 1_000_000,
                pending);
    }



    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** As README says: {@code java -jar bot/target/daren-exec.jar}, or DarenApplication from this classpath without it. */
    private static List<String> plainLaunch() {
        Path jar = Path.of("bot", "target", "daren-exec.jar");
        return Files.isRegularFile(jar) ? List.of("-jar", jar.toString())
                : List.of("-cp", System.getProperty("java.class.path"), "com.daren.bot.DarenApplication");
    }

    /**
     * README's fast start: the fat jar extracted ({@code -Djarmode=tools … extract}) and a class-data sharing archive
     * recorded by one training start that stops after the context refresh ({@code -XX:ArchiveClassesAtExit},
     * {@code -Dspring.context.exit=onRefresh}); then {@code java -XX:SharedArchiveFile=… -jar} the extracted jar.
     * Falls back to the plain launch when the fat jar is not there or a step fails.
     */
    static List<String> cdsLaunch(int redisPort, String weChatBaseUrl) {
        Path jar = Path.of("bot", "target", "daren-exec.jar");
        Path dir = Path.of("bot", "target", "cds");
        Path archive = dir.resolve("daren.jsa");
        if (!Files.isRegularFile(jar)) {
            return plainLaunch();
        }
        List<String> extract = List.of(javaBin(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", dir.toString());
        List<String> train = new ArrayList<>(List.of(javaBin(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", dir.resolve("daren-exec.jar").toString()));
        train.addAll(appArgs(redisPort, weChatBaseUrl));
        if (!runToEnd(extract) || !runToEnd(train) || !Files.isRegularFile(archive)) {
            log("class-data sharing archive could not be made; measuring the plain jar only");
            return plainLaunch();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", dir.resolve("daren-exec.jar").toString());
    }

    private static boolean runToEnd(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> appArgs(int redisPort, String weChatBaseUrl) {
        return List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                "--daren.wecom.corp-id=" + WeComApp.CORP_ID,
                "--daren.wecom.agent-id=" + WeComApp.AGENT_ID,
                "--daren.wecom.secret=" + WeComApp.SECRET,
                "--daren.wecom.token=BenchToken2024",
                "--daren.wecom.aes-key=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                "--daren.wecom.api-base-url=" + weChatBaseUrl,
                "--daren.templates.folder=",
                "--daren.simulator.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.com.daren.bot.DarenApplication=INFO");
    }

    /** N triggers (each with its own JobDetail) due at one instant, fired by Quartz, the same sends. */
    private static BaselineRun baselineRun(Options o, FakeWeChatServer fake, MessageTemplates templates, String prefix,
                                           int n) {
        fake.clear();
        // Due after scheduling (~25 µs a job here) and two full GCs are done, with room for a slow, busy machine.
        long lead = 800 + n / 10;
        try (QuartzBaseline quartz = new QuartzBaseline(o.threads(), WeComApp.client(fake.baseUrl()), templates, TEMPLATE)) {
            long heap0 = QuartzBaseline.heapAfterGc();
            long due = System.currentTimeMillis() + lead;
            log(prefix.equals("b") ? "baseline: scheduling " + n + " Quartz jobs+triggers due in " + lead + " ms" : "");
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                // Built here, so the job's own strings count in its heap, as they would in an application.
                quartz.schedule(baselineHandle(prefix, i), "达人" + prefix + (i + 1), Population.owner(i), due);
            }
            long schedulingMs = (System.nanoTime() - t0) / 1_000_000;
            long heap1 = QuartzBaseline.heapAfterGc();
            CpuTime cpu = new CpuTime();
            CpuTime.Sampler sampler = new CpuTime.Sampler();
            quartz.start();
            long late = Math.max(0, System.currentTimeMillis() - due);
            boolean completed = awaitSends(fake, n, timeout(n, Integer.MAX_VALUE));
            CpuTime.sleep(200);
            CpuTime.Usage usage = cpu.usage();
            sampler.close();
            Map<String, Long> dueByRecipient = new HashMap<>();
            for (int i = 0; i < n; i++) {
                dueByRecipient.put(baselineHandle(prefix, i), due);
            }
            SendStats stats = SendStats.of(fake.sent(), dueByRecipient, 0);
            return new BaselineRun(stats, schedulingMs, (double) (heap1 - heap0) / n, late, quartz.failures(), usage,
                    sampler.busy(stats.firstMs(), stats.lastMs()), completed);
        }
    }

    private static String baselineHandle(String prefix, int i) {
        return prefix + String.format(Locale.ROOT, "%06d", i + 1);
    }

    static OutreachSettings generous() {
        return settings(100_000, OutreachSettings.DEFAULTS.jitter());
    }

    /** The shipped defaults (application.yml) except the rate limit, the jitter, and a per-sender cap out of the way. */
    static OutreachSettings settings(int perSecond, Duration jitter) {
        OutreachSettings d = OutreachSettings.DEFAULTS;
        return new OutreachSettings(d.overdueHorizon(), d.lateSpread(), jitter, perSecond, 1_000_000,
                d.maxAttempts(), d.firstBackoff());
    }

    /** PRODUCT.md's default sequence (day 0, 3, 7, unresponsive on day 14), the real templates, sending all day. */
    static SequenceCatalog catalog() {
        Map<String, SequenceDefinition> byName = new HashMap<>();
        for (String name : List.of(MAIN, WARM, LIMITED)) {
            byName.put(name, new SequenceDefinition(name, "benchmark", List.of(
                    step(0, "intro", Duration.ZERO, TEMPLATE),
                    step(1, "follow-up", Duration.ofDays(3), "outreach/follow-up"),
                    step(2, "last-call", Duration.ofDays(4), "outreach/last-call")),
                    SendWindow.ALWAYS, Duration.ofDays(7), SequenceDefinition.FinalAction.MARK_UNRESPONSIVE, "bench"));
        }
        return new SequenceCatalog() {
            @Override
            public Optional<SequenceDefinition> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public List<SequenceDefinition> all() {
                return List.copyOf(byName.values());
            }
        };
    }

    private static StepDefinition step(int index, String name, Duration delay, String template) {
        return new StepDefinition(index, name, delay, null, StepChannel.PRIMARY, template, List.of(), false,
                StepDefinition.Fallback.WAIT);
    }

    /** Polls the fake server's send counter; false on timeout. */
    static boolean awaitSends(FakeWeChatServer fake, int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (fake.attempts() < n) {
            if (System.nanoTime() > deadline) {
                log("timed out after " + timeout.toSeconds() + " s with " + fake.attempts() + " of " + n + " sends");
                return false;
            }
            CpuTime.sleep(10);
        }
        return true;
    }

    private static Duration timeout(int n, int perSecond) {
        long byLimit = perSecond >= n ? 0 : (long) Math.ceil((double) n / perSecond) * 3;
        return Duration.ofSeconds(Math.max(60 + byLimit, n / 100));
    }

    /** Enrolments of the cohort that moved on to step 1 and are still active (pipelined HMGET). */
    @SuppressWarnings("unchecked")
    private static int advanced(StringRedisTemplate redis, Population.Cohort cohort) {
        int ok = 0;
        String[] ids = cohort.enrolmentIds();
        for (int from = 0; from < ids.length; from += 10_000) {
            int start = from;
            int end = Math.min(ids.length, from + 10_000);
            List<Object> rows = redis.executePipelined((RedisCallback<Object>) c -> {
                for (int i = start; i < end; i++) {
                    c.hashCommands().hMGet(RedisKeys.enrollment(ids[i]).getBytes(StandardCharsets.UTF_8),
                            "n".getBytes(StandardCharsets.UTF_8), "s".getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
            for (Object row : rows) {
                List<Object> v = (List<Object>) row;
                if ("1".equals(v.get(0)) && "active".equals(v.get(1))) {
                    ok++;
                }
            }
        }
        return ok;
    }

    private static long sequenceStat(StringRedisTemplate redis, String sequence, String field) {
        Object v = redis.opsForHash().get(RedisKeys.sequenceStats(sequence), field);
        return v == null ? 0 : Long.parseLong((String) v);
    }

    private static long dueBefore(StringRedisTemplate redis, Instant at) {
        Long n = redis.opsForZSet().count(RedisKeys.due(EnrollmentStore.QUEUE), Double.NEGATIVE_INFINITY, at.toEpochMilli());
        return n == null ? 0 : n;
    }

    private static Memory memory(StringRedisTemplate redis, Population.Cohort cohort, long m0, long m1, long m2,
                                 double tableGrowth) {
        int n = cohort.size();
        int samples = Math.min(n, 200);
        long hashBytes = 0;
        for (int i = 0; i < samples; i++) {
            hashBytes += memoryUsage(redis, RedisKeys.enrollment(cohort.enrolmentIds()[i * n / samples]));
        }
        long items = Math.max(1, redis.opsForZSet().zCard(RedisKeys.due(EnrollmentStore.QUEUE)));
        long active = Math.max(1, redis.opsForHash().size(RedisKeys.activeEnrollments()));
        long latest = Math.max(1, redis.opsForHash().size(RedisKeys.latestEnrollments()));
        return new Memory((double) (m1 - m0) / n, (double) (m2 - m1) / n, (double) hashBytes / samples,
                (double) memoryUsage(redis, RedisKeys.due(EnrollmentStore.QUEUE)) / items,
                (double) memoryUsage(redis, RedisKeys.activeEnrollments()) / active,
                (double) memoryUsage(redis, RedisKeys.latestEnrollments()) / latest, tableGrowth);
    }

    private static final DefaultRedisScript<Long> MEMORY_USAGE = new DefaultRedisScript<>(
            "return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '0') or 0", Long.class);

    /** MEMORY USAGE key SAMPLES 0 (every element counted). */
    private static long memoryUsage(StringRedisTemplate redis, String key) {
        Long v = redis.execute(MEMORY_USAGE, List.of(key));
        return v == null ? 0 : v;
    }

    /**
     * Buckets of database 0's main key table (both tables while rehashing), from DEBUG HTSTATS; -1 if unavailable.
     * Each bucket is an 8-byte pointer, and the table doubles when it fills: a doubling during a set-up step is charged
     * to that step's used_memory.
     */
    static long keyspaceBuckets(StringRedisTemplate redis) {
        try {
            Object out = redis.execute((RedisCallback<Object>) c -> c.execute("DEBUG",
                    "HTSTATS".getBytes(StandardCharsets.UTF_8), "0".getBytes(StandardCharsets.UTF_8)));
            String text = out instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(out);
            String main = text.contains("[Expires") ? text.substring(0, text.indexOf("[Expires")) : text;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("table size: (\\d+)").matcher(main);
            long buckets = 0;
            while (m.find()) {
                buckets += Long.parseLong(m.group(1));
            }
            return buckets;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static long usedMemory(StringRedisTemplate redis) {
        return Long.parseLong(info(redis, "memory").getProperty("used_memory"));
    }

    private static long totalCommands(StringRedisTemplate redis) {
        return Long.parseLong(info(redis, "stats").getProperty("total_commands_processed"));
    }

    /** Lua script runs (EVALSHA, and EVAL when a script was not cached yet). */
    private static long scriptCalls(StringRedisTemplate redis) {
        Properties stats = info(redis, "commandstats");
        long calls = 0;
        for (String cmd : List.of("cmdstat_evalsha", "cmdstat_eval")) {
            String v = stats.getProperty(cmd);
            if (v != null) {
                for (String part : v.split(",")) {
                    if (part.startsWith("calls=")) {
                        calls += Long.parseLong(part.substring(6));
                    }
                }
            }
        }
        return calls;
    }

    private static Properties info(StringRedisTemplate redis, String section) {
        Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info(section));
        return p == null ? new Properties() : p;
    }

    private static void awaitQuiet(Options o, String phase) {
        if (!o.quietWait().isZero()) {
            double busy = CpuTime.awaitQuiet(QUIET, o.quietWait().toSeconds(), OutreachBenchmark::log);
            log(String.format(Locale.ROOT, "before %s: machine %.0f %% busy", phase, busy * 100));
        }
    }

    private static String summary(SendStats s) {
        return String.format(Locale.ROOT, "%,d sent (%,d exactly once), %,.0f sends/s, lateness p50 %s / p99 %s / max %s ms",
                s.sent(), s.once(), s.throughput(), ms(s.lateness().getValueAtPercentile(50)),
                ms(s.lateness().getValueAtPercentile(99)), ms(s.lateness().getMaxValue()));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.0f", micros / 1000.0);
    }

    /** Logback's default is DEBUG on the console; per-send log lines would cost more than the sends. */
    private static void quietLogs() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static void log(String line) {
        if (!line.isEmpty()) {
            System.out.println("[outreach-bench] " + line);
        }
    }
}
