package com.daren.bench;

import com.daren.bench.CallbackBenchmark.Options;
import com.daren.bench.CallbackBenchmark.Results;
import com.daren.bench.LoadGenerator.ClosedLoopResult;
import com.daren.bench.LoadGenerator.OpenLoopResult;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown section for docs/benchmarks.md: machine, command, table, targets, per-phase figures. */
final class BenchmarkReport {

    static final String HEADING = "## Callback pipeline (issue: foundation)";
    /** Issue targets. */
    static final double MIN_THROUGHPUT_RATIO = 0.60;
    static final double MAX_P99_MILLIS = 20.0;

    private final Options options;
    private final Results results;

    BenchmarkReport(Options options, Results results) {
        this.options = options;
        this.results = results;
    }

    double throughputRatio() {
        return results.peakThroughput(CallbackBenchmark.FULL) / results.peakThroughput(CallbackBenchmark.BASELINE);
    }

    boolean throughputTargetMet() {
        return throughputRatio() >= MIN_THROUGHPUT_RATIO;
    }

    boolean latencyTargetMet() {
        return results.openLoopP99Millis(CallbackBenchmark.FULL) < MAX_P99_MILLIS;
    }

    String section() {
        ClosedLoopResult basePeak = results.peak(CallbackBenchmark.BASELINE);
        ClosedLoopResult fullPeak = results.peak(CallbackBenchmark.FULL);
        OpenLoopResult baseOpen = results.openLoop(CallbackBenchmark.BASELINE);
        OpenLoopResult fullOpen = results.openLoop(CallbackBenchmark.FULL);
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(machine()).append("; ").append(javaRuntime()).append("; ").append(results.redis())
                .append(". The load comes from `bench/…/LoadDriver`, a JVM of its own that the benchmark starts (")
                .append(results.driver()).append("), over plain HTTP/1.1 keep-alive sockets, one per sending thread; it "
                        + "shares no heap, GC or safepoints with the server, but server, driver and redis-server still share "
                        + "the machine's cores.\n\n");
        md.append("Reproduce from the repository root (about ").append(estimatedMinutes()).append(" minutes):\n\n");
        md.append("```bash\n").append(command()).append("\n```\n\n");
        md.append("""
                Both endpoints get the same kind of request: a WeCom text message `%s` from `%s` (an admin on the demo \
                roster), signed and encrypted exactly as WeChat does it, each with its own MsgId and nonce and a current \
                timestamp; both answer with an encrypted passive reply.

                - **Full pipeline**, `POST /wecom/callback`: body limit, signature, replay guard (clock window, nonce \
                `SET NX` in Redis), decrypt, one XML parse of the plaintext (SafeXml), hand-off to the inbound worker \
                pool, de-duplication and last-inbound time in one Lua script (one Redis round trip), roster lookup, \
                command dispatch, FreeMarker render of `help/whoami`, the reply sealed by our own `CallbackCipher`.
                - **Baseline**, `POST /bench/baseline-callback` (`bench/…/BaselineCallbackController`), the way WxJava's \
                demo writes it: `WxCpXmlMessage.fromEncryptedXml` (signature check, decrypt, parse), `WxCpMessageRouter` \
                with its in-memory duplicate checker and one synchronous handler answering a fixed text, \
                `toEncryptedXml`; no Redis, no state.

                Every response was checked while measuring (HTTP 200, non-empty encrypted body); one in %d was decrypted, \
                its signature verified and its text checked. After a %s warm-up of both endpoints (JIT), peak = closed loop \
                (each of C workers sends the next request when the previous answer arrives; %s warm-up, %s measured; \
                best of C = %s; the endpoints take turns going first). Latency under load = open loop \
                at %s of each endpoint's own peak (%s warm-up, %s measured; fixed-rate schedule, latency from each \
                request's intended send time, so stalls are not hidden).

                """.formatted(Target.COMMAND, Target.SENDER, options.decryptEvery(), secs(options.initialWarmup()), secs(options.warmup()),
                secs(options.measure()), options.concurrency().stream().map(String::valueOf).collect(Collectors.joining(" / ")),
                pct(options.loadFraction()), secs(options.openWarmup()), secs(options.open())));

        md.append("| | Baseline (WxJava demo style) | Full pipeline | Full / baseline |\n");
        md.append("| --- | ---: | ---: | ---: |\n");
        for (int c : options.concurrency()) {
            double b = throughput(CallbackBenchmark.BASELINE, c);
            double f = throughput(CallbackBenchmark.FULL, c);
            md.append("| Closed loop, C = ").append(c).append(" (req/s) | ").append(num(b)).append(" | ").append(num(f))
                    .append(" | ").append(pct(f / b)).append(" |\n");
        }
        md.append("| **Peak throughput** (req/s, best C) | **").append(num(basePeak.throughput())).append("** (C = ")
                .append(basePeak.concurrency()).append(") | **").append(num(fullPeak.throughput())).append("** (C = ")
                .append(fullPeak.concurrency()).append(") | **").append(pct(throughputRatio())).append("** |\n");
        md.append("| Latency at peak, p50 / p99 (ms) | ").append(ms(basePeak.latency(), 50)).append(" / ")
                .append(ms(basePeak.latency(), 99)).append(" | ").append(ms(fullPeak.latency(), 50)).append(" / ")
                .append(ms(fullPeak.latency(), 99)).append(" | |\n");
        md.append("| Open loop at ").append(pct(options.loadFraction())).append(" of own peak: target / achieved (req/s) | ")
                .append(num(baseOpen.targetRate())).append(" / ").append(num(baseOpen.achievedRate())).append(" | ")
                .append(num(fullOpen.targetRate())).append(" / ").append(num(fullOpen.achievedRate())).append(" | |\n");
        md.append("| Open loop p50 / p90 / p99 (ms) | ").append(ms(baseOpen.latency(), 50)).append(" / ")
                .append(ms(baseOpen.latency(), 90)).append(" / ").append(ms(baseOpen.latency(), 99)).append(" | **")
                .append(ms(fullOpen.latency(), 50)).append(" / ").append(ms(fullOpen.latency(), 90)).append(" / ")
                .append(ms(fullOpen.latency(), 99)).append("** | |\n");
        md.append("| Open loop p99.9 / max (ms) | ").append(ms(baseOpen.latency(), 99.9)).append(" / ")
                .append(max(baseOpen.latency())).append(" | ").append(ms(fullOpen.latency(), 99.9)).append(" / ")
                .append(max(fullOpen.latency())).append(" | |\n");
        md.append("| Errors, all measured phases | ").append(errors(CallbackBenchmark.BASELINE)).append(" | ")
                .append(errors(CallbackBenchmark.FULL)).append(" | |\n\n");

        md.append("Targets:\n\n");
        md.append("- Full pipeline keeps ≥ ").append(pct(MIN_THROUGHPUT_RATIO)).append(" of the baseline's throughput: ")
                .append(num(fullPeak.throughput())).append(" / ").append(num(basePeak.throughput())).append(" req/s = **")
                .append(pct(throughputRatio())).append("**, ").append(throughputTargetMet() ? "**met**" : "**missed**").append(".\n");
        md.append("- Full pipeline p99 < ").append(num(MAX_P99_MILLIS)).append(" ms at half of its own peak (")
                .append(num(fullOpen.targetRate())).append(" req/s): **p99 = ").append(ms(fullOpen.latency(), 99))
                .append(" ms**, ").append(latencyTargetMet() ? "**met**" : "**missed**").append(".\n");
        if (Math.abs(options.loadFraction() - 0.5) > 1e-9) {
            md.append("- (This run used --load-fraction=").append(options.loadFraction())
                    .append(", not the 50 % the target names.)\n");
        }
        md.append("\n");

        md.append("All phases, in the order they ran (CPU: the whole machine busy, all cores; then the part used by "
                + "the load driver; then the part used by other processes than the app's JVM, its redis-server and the "
                + "driver, which disturbs the figures):\n\n");
        md.append("| # | Load | Endpoint | Requests | Seconds | req/s | p50 | p90 | p99 | max (ms) | CPU: all / driver / others | Errors |\n");
        md.append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        int n = 1;
        for (ClosedLoopResult r : results.closed()) {
            md.append("| ").append(n++).append(" | closed, C = ").append(r.concurrency()).append(" | ").append(r.target())
                    .append(" | ").append(num(r.completed())).append(" | ").append(String.format(Locale.ROOT, "%.1f", r.seconds()))
                    .append(" | ").append(num(r.throughput())).append(" | ").append(ms(r.latency(), 50)).append(" | ")
                    .append(ms(r.latency(), 90)).append(" | ").append(ms(r.latency(), 99)).append(" | ")
                    .append(max(r.latency())).append(" | ").append(cpu(r.cpu())).append(" | ")
                    .append(r.outcomes().errorSummary())
                    .append(r.builtWhileSending() > 0 ? "; " + r.builtWhileSending() + " requests built while sending" : "")
                    .append(" |\n");
        }
        for (OpenLoopResult r : results.open()) {
            md.append("| ").append(n++).append(" | open, ").append(num(r.targetRate())).append(" req/s | ").append(r.target())
                    .append(" | ").append(num(r.completed())).append(" | ").append(String.format(Locale.ROOT, "%.1f", r.seconds()))
                    .append(" | ").append(num(r.achievedRate())).append(" | ").append(ms(r.latency(), 50)).append(" | ")
                    .append(ms(r.latency(), 90)).append(" | ").append(ms(r.latency(), 99)).append(" | ")
                    .append(max(r.latency())).append(" | ").append(cpu(r.cpu())).append(" | ")
                    .append(r.outcomes().errorSummary()).append("; sends late by > 1 ms: ")
                    .append(pct(lateShare(r.sendLateness()))).append(" |\n");
        }
        double worst = 0;
        int worstPhase = 0;
        int k = 1;
        for (ClosedLoopResult r : results.closed()) {
            if (r.cpu().others() > worst) {
                worst = r.cpu().others();
                worstPhase = k;
            }
            k++;
        }
        for (OpenLoopResult r : results.open()) {
            if (r.cpu().others() > worst) {
                worst = r.cpu().others();
                worstPhase = k;
            }
            k++;
        }
        if (!results.reruns().isEmpty()) {
            md.append("\nPhases run again because other processes took CPU while they were measured: ")
                    .append(String.join("; ", results.reruns())).append(".\n");
        }
        if (worst > options.maxDisturbance()) {
            md.append("\n**Disturbed run:** other processes used ").append(pct(worst)).append(" of the machine in phase ")
                    .append(worstPhase).append("; treat these figures with care and rerun on a quiet machine.\n");
        } else {
            md.append("\nOther processes used at most ").append(pct(worst)).append(" of the machine in any phase")
                    .append(Double.isNaN(results.busyBeforeStart()) ? "" : " (" + pct(results.busyBeforeStart())
                            + " busy just before the start)").append(".\n");
        }
        md.append("\nDecrypted and checked: ").append(num(results.decrypted())).append(" replies. A full-pipeline reply reads: `")
                .append(CallbackBenchmark.oneLine(content(results.fullSample()))).append("`.\n");
        return md.toString();
    }

    private static String cpu(CpuMeter.Usage u) {
        return pct(u.busy()) + " / " + pct(u.watched()) + " / " + pct(u.others());
    }

    private double throughput(String target, int concurrency) {
        return results.closed().stream().filter(r -> r.target().equals(target) && r.concurrency() == concurrency)
                .mapToDouble(ClosedLoopResult::throughput).findFirst().orElse(Double.NaN);
    }

    private String errors(String target) {
        long e = results.closed().stream().filter(r -> r.target().equals(target)).mapToLong(r -> r.outcomes().errorCount()).sum()
                + results.open().stream().filter(r -> r.target().equals(target)).mapToLong(r -> r.outcomes().errorCount()).sum();
        long ok = results.closed().stream().filter(r -> r.target().equals(target)).mapToLong(r -> r.outcomes().ok()).sum()
                + results.open().stream().filter(r -> r.target().equals(target)).mapToLong(r -> r.outcomes().ok()).sum();
        return num(e) + " of " + num(e + ok);
    }

    private String command() {
        String cmd = CallbackBenchmark.COMMAND;
        return options.args().isEmpty() ? cmd : cmd + " " + String.join(" ", options.args());
    }

    private long estimatedMinutes() {
        long perClosed = options.warmup().plus(options.measure()).toSeconds() + 5;
        long perOpen = options.openWarmup().plus(options.open()).toSeconds() + 3;
        long total = 60 /* build */ + 15 /* start */ + options.initialWarmup().toSeconds()
                + 2 * options.concurrency().size() * perClosed + 2 * perOpen;
        return Math.max(1, Math.round(total / 60.0));
    }

    private static double lateShare(Histogram lateness) {
        long total = lateness.getTotalCount();
        return total == 0 ? 0 : (double) (total - lateness.getCountBetweenValues(0, 1000)) / total;
    }

    private static String content(String plainXml) {
        int a = plainXml.indexOf("<Content><![CDATA[");
        int b = plainXml.indexOf("]]></Content>");
        return a >= 0 && b > a ? plainXml.substring(a + 18, b) : plainXml;
    }

    static String machine() {
        int cpus = Runtime.getRuntime().availableProcessors();
        String model = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        StringBuilder sb = new StringBuilder();
        sb.append(cpus).append(" CPUs (nproc)");
        if (model != null) {
            sb.append(", ").append(model.replaceAll("\\s+", " "));
        }
        if (mem != null) {
            try {
                long kb = Long.parseLong(mem.replaceAll("[^0-9]", ""));
                sb.append(String.format(Locale.ROOT, ", %.1f GiB RAM", kb / 1024.0 / 1024.0));
            } catch (NumberFormatException ignored) {
                // leave it out
            }
        }
        sb.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"));
        return sb.toString();
    }

    static String javaRuntime() {
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Show") || a.startsWith("-XX:")).toList();
        return System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + ", GC: " + gcs
                + (flags.isEmpty() ? "" : ", flags: `" + String.join(" ", flags) + "`") + ")";
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String secs(java.time.Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", h.getValueAtPercentile(percentile) / 1000.0);
    }

    static String max(Histogram h) {
        return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.1f", h.getMaxValue() / 1000.0);
    }
}
