package com.daren.bench.community;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** The docs/benchmarks.md section of {@link ModerationBenchmark}. */
final class ModerationReport {

    private final ModerationBenchmark.Results r;

    ModerationReport(ModerationBenchmark.Results r) {
        this.r = r;
    }

    String section() {
        ModerationBenchmark.Options o = r.options();
        StringBuilder md = new StringBuilder();
        md.append(ModerationBenchmark.HEADING).append("\n\n");
        md.append("Reproduce from the repository root (a few minutes; `--words=2000 --messages=2000 --routed=500` for a quick run):\n\n```\n")
                .append(ModerationBenchmark.COMMAND).append("\n```\n\n");
        md.append("Run on ").append(LocalDate.now(ZoneOffset.UTC)).append(": ").append(machine()).append("; Java ")
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("). The machine is shared with other helpers' builds and tests: how busy it was during each run is "
                        + "in the tables (all cores; \"others\" is CPU used by other processes than this JVM).\n\n");
        md.append(String.format(Locale.ROOT, "Data (`bench/…/community/ChatCorpus`, fixed seed): %,d global banned words "
                        + "(2–4 Chinese characters, one in ten a Latin word) and %,d group words; %,d group messages of "
                        + "8–68 characters of common Chinese with punctuation, digits and emoji: 5 %% carry a banned word as "
                        + "listed, 3 %% one disguised (separators between its characters, full-width Latin), 1 %% a link, "
                        + "1 %% a mobile number. The automaton over the %,d words builds in %,d ms.%n%n",
                o.words(), o.groupWords(), o.messages(), o.words(), r.buildMillis()));

        ModerationBenchmark.Comparison c = r.comparison();
        double p99 = r.matching().p99Micros();
        md.append("| Acceptance | Target | Measured | |\n| --- | --- | ---: | --- |\n");
        md.append(String.format(Locale.ROOT, "| Matching throughput ÷ naive `String.contains` baseline, same messages "
                        + "interleaved, per CPU-second of the matching thread | ≥ 20× | **%,.0f×** | **%s** |%n",
                c.cpuSpeedup(), c.cpuSpeedup() >= 20 ? "met" : "missed"));
        md.append(String.format(Locale.ROOT, "| The same by wall-clock time (other processes' load included) | ≥ 20× | **%,.0f×** | **%s** |%n",
                c.wallSpeedup(), c.wallSpeedup() >= 20 ? "met" : "missed"));
        md.append(String.format(Locale.ROOT, "| p99 per message, matching alone | < 1 ms | **%.1f µs** | **%s** |%n%n",
                p99, p99 < 1_000 ? "met" : "missed"));

        md.append("### Matching alone beside the baseline (one thread)\n\n");
        md.append("| | messages | messages/s | p50 | p99 | p99.9 | max | flagged | machine busy |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        row(md, "`Screening.screen` (fold + global and group automata + ad phrases + link and phone patterns)",
                r.matching(), (long) o.messages() * o.rounds());
        row(md, "baseline: `String.contains` for each of the " + String.format(Locale.ROOT, "%,d", o.words() + o.groupWords() + 16)
                + " words on the lower-cased message", r.baseline(), Math.min(o.baselineMessages(), o.messages()));
        md.append(String.format(Locale.ROOT, "%nSame %,d messages, interleaved in blocks of %d (baseline, then matcher, "
                        + "block after block): the matcher took %.1f ms of wall time and %.1f ms of CPU, the baseline "
                        + "%.1f ms and %.1f ms; that is %,.0f vs %,.0f messages per CPU-second.%n",
                c.messages(), ModerationBenchmark.Comparison.BLOCK, c.matchingWallNanos() / 1e6, c.matchingCpuNanos() / 1e6,
                c.baselineWallNanos() / 1e6, c.baselineCpuNanos() / 1e6, c.messages() / (c.matchingCpuNanos() / 1e9),
                c.messages() / (c.baselineCpuNanos() / 1e9)));
        ModerationBenchmark.Agreement a = r.agreement();
        md.append(String.format(Locale.ROOT, "%nOn the baseline's %,d messages: of %,d with a word as listed, both flag %,d; "
                        + "of %,d disguised or carrying a link or number, the matcher flags %,d and the baseline %,d; of %,d "
                        + "ordinary messages the matcher flags %,d (ad phrases such as 代理 or 日结 made of common characters).%n%n",
                Math.min(o.baselineMessages(), o.messages()), a.plainViolations(), a.plainFoundByBoth(), a.disguised(),
                a.disguisedFoundByMatcher(), a.disguisedFoundByBaseline(), a.ordinary(), a.ordinaryFlagged()));

        if (!r.routing().isEmpty()) {
            md.append("### Moderation + routing through the app\n\n");
            md.append(String.format(Locale.ROOT, "Each of %,d messages through `InboundPipeline.process` of the running app "
                    + "(simulator channel, a bound group, the %,d words as the shipped global list from a file, the group's "
                    + "own %,d): de-duplication (`SET NX`), last-inbound stamp, the identity lookup, command parse, the "
                    + "group lookup, moderation (a strike and a log line in Redis for each violation, the warning posted off "
                    + "the caller's thread), the FAQ (its entries and, on a hit, the cool-down script). Redis is the app's "
                    + "embedded redis-server on the same two cores.%n%n", Math.min(o.routed(), o.messages()), o.words(), o.groupWords()));
            md.append("| callers | messages/s | p50 | p99 | p99.9 | max | machine busy |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
            for (ModerationBenchmark.Run run : r.routing()) {
                md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %s | %s |%n", run.name(), run.perSecond(),
                        micros(run.latencies().getValueAtPercentile(50)), micros(run.latencies().getValueAtPercentile(99)),
                        micros(run.latencies().getValueAtPercentile(99.9)), micros(run.latencies().getMaxValue()), busy(run)));
            }
            md.append("\nRouting decisions on a sample: ").append(r.routedOutcomes()).append(".\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, ModerationBenchmark.Run run, long messages) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %s | %s | %s | %s | %,d | %s |%n", name, messages,
                run.perSecond(), micros(run.latencies().getValueAtPercentile(50)),
                micros(run.latencies().getValueAtPercentile(99)), micros(run.latencies().getValueAtPercentile(99.9)),
                micros(run.latencies().getMaxValue()), run.flagged(), busy(run)));
    }

    private static String busy(ModerationBenchmark.Run run) {
        ModerationBenchmark.Busy b = run.busy();
        if (Double.isNaN(b.machine())) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f %% (others %.0f %%)", b.machine() * 100, b.others() * 100);
    }

    private static String micros(long nanos) {
        return nanos >= 1_000_000 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    private static String machine() {
        StringBuilder sb = new StringBuilder().append(Runtime.getRuntime().availableProcessors()).append(" CPUs");
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> sb.append(", ").append(l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the CPU count will do
        }
        return sb.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).toString();
    }
}
