package com.daren.bench;

import com.daren.bench.LoadGenerator.ClosedLoopResult;
import com.daren.bench.LoadGenerator.OpenLoopResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Callback throughput and latency of the full pipeline (encrypted WeCom text command in, encrypted passive reply
 * out, real Redis) beside a bare WxJava-demo-style endpoint measured in the same run; writes its section of
 * docs/benchmarks.md. Run from the repository root with the command in {@link #COMMAND}.
 *
 * <p>Options, with their defaults: {@code --initial-warmup=30s --warmup=10s --measure=20s --concurrency=8,16
 * --open-warmup=5s --open=20s --load-fraction=0.5 --senders=64 --decrypt-every=100 --quiet-wait=600s
 * --max-disturbance=0.05 --max-tries=5 --rate-guess=1500 --driver-cpus= --doc=docs/benchmarks.md}, or
 * {@code --no-doc} (--rate-guess: req/s to build requests ahead for until the first phase has measured;
 * --driver-cpus: a {@code taskset -c} list to pin the load driver's JVM to, e.g. 1; by default it is not pinned,
 * see docs/benchmarks.md for why). The load is sent
 * by {@link LoadDriver}, a JVM of its own, so that it does not share the server's heap, GC and safepoints. The machine must be
 * otherwise idle: each phase waits up to --quiet-wait for it, and is run again when other processes took more
 * than --max-disturbance of the CPU while it was measured.
 */
public final class CallbackBenchmark {

    /** The one command that builds everything and reproduces the table, from the repository root. */
    public static final String COMMAND = "mvn -B -q package -DskipTests && java -XX:+UseZGC -Xms2g -Xmx2g "
            + "-cp \"$(cat bench/target/classpath.txt):bench/target/classes\" com.daren.bench.CallbackBenchmark";

    /**
     * @param quietWait how long to wait at most for other processes to leave the CPU alone before starting
     * @param doc       where to write the section; null to only print
     * @param args      the command-line arguments these came from, for the reproduce command
     */
    public record Options(Duration initialWarmup, Duration warmup, Duration measure, List<Integer> concurrency,
                          Duration openWarmup, Duration open, double loadFraction, int senders, int decryptEvery,
                          Duration quietWait, double maxDisturbance, int maxTries, double rateGuess,
                          String driverCpus, Path doc, List<String> args) {

        public static Options defaults() {
            return parse(new String[0]);
        }

        static Options parse(String[] args) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("--initial-warmup", "30s");
            v.put("--warmup", "10s");
            v.put("--measure", "20s");
            v.put("--concurrency", "8,16");
            v.put("--open-warmup", "5s");
            v.put("--open", "20s");
            v.put("--load-fraction", "0.5");
            v.put("--senders", "64");
            v.put("--decrypt-every", "100");
            v.put("--quiet-wait", "600s");
            v.put("--max-disturbance", "0.05");
            v.put("--max-tries", "5");
            v.put("--rate-guess", "1500");
            v.put("--driver-cpus", "");
            v.put("--doc", "docs/benchmarks.md");
            v = BenchArgs.parse(args, v, "CallbackBenchmark");
            return new Options(BenchArgs.duration(v.get("--initial-warmup")), BenchArgs.duration(v.get("--warmup")), BenchArgs.duration(v.get("--measure")),
                    Arrays.stream(v.get("--concurrency").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                    BenchArgs.duration(v.get("--open-warmup")), BenchArgs.duration(v.get("--open")),
                    Double.parseDouble(v.get("--load-fraction")), Integer.parseInt(v.get("--senders")),
                    Integer.parseInt(v.get("--decrypt-every")), BenchArgs.duration(v.get("--quiet-wait")),
                    Double.parseDouble(v.get("--max-disturbance")), Integer.parseInt(v.get("--max-tries")),
                    Double.parseDouble(v.get("--rate-guess")), v.get("--driver-cpus").trim(),
                    BenchArgs.doc(v), List.of(args));
        }
    }

    /**
     * Everything one run measured, in the order it ran.
     *
     * @param driver          how the load driver ran (its JVM, its pinning)
     * @param busyBeforeStart share of the CPU busy just before the app started (NaN if not looked at)
     * @param reruns          phases run again because other processes disturbed them
     */
    public record Results(List<ClosedLoopResult> closed, List<OpenLoopResult> open, String redis, String driver,
                          String baselineSample, String fullSample, double busyBeforeStart, List<String> reruns) {

        ClosedLoopResult peak(String target) {
            return closed.stream().filter(r -> r.target().equals(target))
                    .max(Comparator.comparingDouble(ClosedLoopResult::throughput)).orElseThrow();
        }

        OpenLoopResult openLoop(String target) {
            return open.stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
        }

        public double peakThroughput(String target) {
            return peak(target).throughput();
        }

        public double openLoopP99Millis(String target) {
            return openLoop(target).latency().getValueAtPercentile(99) / 1000.0;
        }

        public long errors() {
            return closed.stream().mapToLong(r -> r.outcomes().errorCount()).sum()
                    + open.stream().mapToLong(r -> r.outcomes().errorCount()).sum();
        }

        public long decrypted() {
            return closed.stream().mapToLong(r -> r.outcomes().decrypted()).sum()
                    + open.stream().mapToLong(r -> r.outcomes().decrypted()).sum();
        }
    }

    /** Busy share of the CPU below which the machine counts as quiet enough to start a phase. */
    static final double QUIET = 0.10;
    static final String BASELINE = "baseline";
    static final String FULL = "full";

    private CallbackBenchmark() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Results results = run(options);
        String section = new BenchmarkReport(options, results).section();
        System.out.println();
        System.out.println(section);
        if (options.doc() != null) {
            if (options.doc().toAbsolutePath().getParent() != null
                    && Files.isDirectory(options.doc().toAbsolutePath().getParent())) {
                DocSection.write(options.doc(), BenchmarkReport.HEADING, section);
                System.out.println("Wrote the section \"" + BenchmarkReport.HEADING + "\" of " + options.doc());
            } else {
                System.out.println("Not written: no folder for " + options.doc().toAbsolutePath()
                        + " (run from the repository root, or pass --doc=PATH / --no-doc)");
            }
        }
        // Spring's and HttpClient's non-daemon threads are gone after close, but be sure the JVM ends.
        System.exit(0);
    }

    /** Starts the app, runs every phase, stops the app. */
    public static Results run(Options options) {
        double busyBefore = Double.NaN;
        if (!options.quietWait().isZero()) {
            busyBefore = CpuMeter.awaitQuiet(QUIET, options.quietWait().toSeconds(), CallbackBenchmark::log);
            log(String.format(Locale.ROOT, "machine busy before start: %.0f %%", busyBefore * 100));
        }
        log("starting Daren (embedded Redis, fake WeChat API) ...");
        try (DarenUnderTest app = DarenUnderTest.start();
             LoadDriver load = LoadDriver.start(app.baselineUrl(), app.fullPipelineUrl(), options.decryptEvery(),
                     options.rateGuess(), options.driverCpus(), CallbackBenchmark::log)) {
            log("load driver: " + load.description() + ", pid " + load.pid());
            Target baseline = Target.baseline(app.baselineUrl());
            Target full = Target.full(app.fullPipelineUrl());
            String baselineSample = sample(baseline);
            String fullSample = sample(full);
            log("baseline answers: " + oneLine(baselineSample));
            log("full pipeline answers: " + oneLine(fullSample));

            if (!options.initialWarmup().isZero()) {
                Duration half = options.initialWarmup().dividedBy(2);
                log("initial warm-up (JIT), not measured: " + half.toMillis() / 1000.0 + " s on each endpoint");
                load.closedLoop(BASELINE, options.concurrency().get(0), Duration.ZERO, half);
                load.closedLoop(FULL, options.concurrency().get(0), Duration.ZERO, half);
            }
            List<String> reruns = new ArrayList<>();
            List<ClosedLoopResult> closed = new ArrayList<>();
            int round = 0;
            for (int c : options.concurrency()) {
                List<Target> order = round++ % 2 == 0 ? List.of(baseline, full) : List.of(full, baseline);
                for (Target t : order) {
                    String phase = "closed loop " + t.name() + " C=" + c;
                    ClosedLoopResult r = undisturbed(options, phase, reruns, () -> {
                        log(phase + ": warm-up " + options.warmup().toMillis() / 1000.0 + " s, measure "
                                + options.measure().toMillis() / 1000.0 + " s");
                        return load.closedLoop(t.name(), c, options.warmup(), options.measure());
                    }, ClosedLoopResult::cpu);
                    log(String.format(Locale.ROOT, "  %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors: %s; CPU %s",
                            r.throughput(), r.latency().getValueAtPercentile(50) / 1000.0,
                            r.latency().getValueAtPercentile(99) / 1000.0, r.outcomes().errorSummary(), r.cpu()));
                    r.outcomes().examples().forEach((kind, example) -> log("  e.g. " + kind + ": " + oneLine(example)));
                    closed.add(r);
                }
            }
            List<OpenLoopResult> open = new ArrayList<>();
            for (Target t : List.of(full, baseline)) {
                double peak = closed.stream().filter(r -> r.target().equals(t.name()))
                        .mapToDouble(ClosedLoopResult::throughput).max().orElseThrow();
                double rate = Math.max(1, peak * options.loadFraction());
                String phase = String.format(Locale.ROOT, "open loop %s at %,.0f req/s", t.name(), rate);
                OpenLoopResult r = undisturbed(options, phase, reruns, () -> {
                    log(String.format(Locale.ROOT, "%s: warm-up %.1f s, measure %.1f s", phase,
                            options.openWarmup().toMillis() / 1000.0, options.open().toMillis() / 1000.0));
                    return load.openLoop(t.name(), rate, options.openWarmup(), options.open(), options.senders());
                }, OpenLoopResult::cpu);
                log(String.format(Locale.ROOT, "  achieved %,.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors: %s; CPU %s",
                        r.achievedRate(), r.latency().getValueAtPercentile(50) / 1000.0,
                        r.latency().getValueAtPercentile(99) / 1000.0, r.latency().getMaxValue() / 1000.0,
                        r.outcomes().errorSummary(), r.cpu()));
                r.outcomes().examples().forEach((kind, example) -> log("  e.g. " + kind + ": " + oneLine(example)));
                open.add(r);
            }
            return new Results(closed, open, app.redisDescription(), load.description(), baselineSample, fullSample,
                    busyBefore, reruns);
        }
    }

    /**
     * Runs a phase when the machine is quiet, and again (up to --max-tries in all) when other processes took more than
     * --max-disturbance of the CPU while it was measured; keeps the least disturbed try.
     */
    private static <R> R undisturbed(Options options, String phase, List<String> reruns, Supplier<R> run,
                                     Function<R, CpuMeter.Usage> cpu) {
        R best = null;
        for (int attempt = 1; attempt <= options.maxTries(); attempt++) {
            if (!options.quietWait().isZero()) {
                CpuMeter.awaitQuiet(QUIET, options.quietWait().toSeconds(), CallbackBenchmark::log);
            }
            R r = run.get();
            double others = cpu.apply(r).others();
            if (best == null || others < cpu.apply(best).others()) {
                best = r;
            }
            if (Double.isNaN(others) || others <= options.maxDisturbance()) {
                break;
            }
            String note = String.format(Locale.ROOT, "%s: try %d disturbed (other processes %.0f %% of the CPU)",
                    phase, attempt, others * 100);
            log(note + (attempt < options.maxTries() ? "; running it again" : "; keeping the least disturbed try"));
            reruns.add(note);
        }
        return best;
    }

    /** One request, checked, before any load: fails fast with what came back. */
    private static String sample(Target target) {
        try (HttpConnection connection = target.connect()) {
            HttpConnection.Response response = connection.exchange(target.newRequest());
            if (response.status() != 200 || response.body().isEmpty()) {
                throw new IllegalStateException(target.name() + " answered HTTP " + response.status() + ": "
                        + response.body());
            }
            String plain = target.weChat().decryptReply(response.body());
            String wrong = target.checkReply(plain);
            if (wrong != null) {
                throw new IllegalStateException(target.name() + " answered wrongly: " + wrong);
            }
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " | ");
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
