package com.daren.bench.brief;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The generated part of the brief's section in docs/benchmarks.md. */
final class BriefReport {

    private BriefReport() {
    }

    static String section(BriefBenchmark.Results r) {
        BriefBenchmark.Options o = r.options();
        BriefBenchmark.DarenRun d = r.daren();
        BriefBenchmark.BaselineRun b = r.baseline();
        StringBuilder s = new StringBuilder(BriefBenchmark.HEADING).append("\n\n");
        s.append(String.format(Locale.ROOT, "%,d groups, %d feeds × %d items (RSS and Atom alternately, one item in ten a "
                + "re-post of another feed's story) on a local HTTP server; each group picks up to 8 headlines by its "
                + "keywords (a quarter have none) and recency. Channel limit: %d briefs a second across instances.%n%n",
                o.groups(), o.sources(), o.items(), o.perSecond()));
        s.append("| | Daren (shared fetch round + pool, due queue, dispatcher) | baseline (each group fetches, parses, de-duplicates, ranks, renders alone) |\n");
        s.append("| --- | --- | --- |\n");
        s.append(String.format(Locale.ROOT, "| fetch + parse | %.2f s (one round, %d feeds, %,d distinct items in the pool) | %.1f ms per group |%n",
                d.fetchS(), o.sources(), d.poolItems(), b.perGroupS() * 1000));
        s.append(String.format(Locale.ROOT, "| queue %,d briefs | %.2f s | — |%n", o.groups(), d.queueS()));
        s.append(String.format(Locale.ROOT, "| compose, render, mark, send | %.2f s (virtual clock: the wait for the rate limit is not counted) | (in the above) |%n",
                d.dispatchS()));
        s.append(String.format(Locale.ROOT, "| **end to end, %,d groups** | **%.2f s** (%.1f CPU-s) | **%.1f s** (measured on %d groups: %.2f s, %.1f CPU-s; × %,d / %d) |%n",
                o.groups(), d.totalS(), d.cpuS(), r.baselineScaledS(), b.groups(), b.seconds(), b.cpuS(), o.groups(), b.groups()));
        s.append(String.format(Locale.ROOT, "| **speed-up** | **%.0f×** (target ≥ 10×) | |%n", r.speedUp()));
        s.append(String.format(Locale.ROOT, "| exactly one brief per group | %,d of %,d (%d duplicates) | %d briefs rendered |%n%n",
                d.groupsServedOnce(), o.groups(), d.duplicates(), b.briefs()));
        Map<Long, Integer> perMinute = new TreeMap<>();
        d.sendsBySecond().forEach((sec, n) -> perMinute.merge(sec / 60, n, Integer::sum));
        int maxSecond = d.sendsBySecond().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long last = d.sendsBySecond().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        s.append(String.format(Locale.ROOT, "Delivery schedule it produced (all briefs due at 08:30:00): last send at +%d s, "
                + "at most %d sends in any second (limit %d).%n%n", last, maxSecond, o.perSecond()));
        s.append("| minute | sends |\n| --- | --- |\n");
        perMinute.forEach((m, n) -> s.append(String.format(Locale.ROOT, "| 08:%02d | %,d |%n", 30 + m, n)));
        s.append(String.format(Locale.ROOT, "%nMachine: %d cores, load average before `%s`, after `%s` — **busy: a shared "
                + "machine with other builds and tests running**, so absolute seconds are noisy; both sides ran in the same "
                + "JVM, one after the other (baseline first).%n%n", r.cores(), r.loadBefore(), r.loadAfter()));
        s.append("Command (from the repository root):\n\n```\n").append(BriefBenchmark.COMMAND).append("\n```\n");
        return s.toString();
    }
}
