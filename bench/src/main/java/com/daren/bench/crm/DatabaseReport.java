package com.daren.bench.crm;

import com.daren.bench.crm.InfluencerDatabaseBenchmark.ImportRun;
import com.daren.bench.crm.InfluencerDatabaseBenchmark.Options;
import com.daren.bench.crm.InfluencerDatabaseBenchmark.QueryResult;
import com.daren.bench.crm.InfluencerDatabaseBenchmark.Results;
import com.daren.bot.crm.io.ImportSummary;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown section of docs/benchmarks.md for one run of {@link InfluencerDatabaseBenchmark}. */
final class DatabaseReport {

    static final String HEADING = "## Influencer database (issue: 达人库)";

    static final double MAX_LIST_P95_MILLIS = 50;
    static final double MAX_IMPORT_SECONDS = 30;
    static final double MAX_BYTES_PER_RECORD = 1536;

    private final Options options;
    private final Results results;

    DatabaseReport(Options options, Results results) {
        this.options = options;
        this.results = results;
    }

    boolean listTargetMet() {
        return results.listP95Millis() < MAX_LIST_P95_MILLIS;
    }

    boolean importTargetMet() {
        return results.firstImport().millis() / 1000.0 < MAX_IMPORT_SECONDS;
    }

    boolean memoryTargetMet() {
        return results.bytesPerRecord() <= MAX_BYTES_PER_RECORD;
    }

    String section() {
        Results r = results;
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Reproduce from the repository root (about ").append(Math.max(1, Math.round((r.runSeconds() + 60) / 60.0)))
                .append(" minutes with the build; `--records=5000 --import-rows=2000` for a quick small run):\n\n");
        md.append("```\n").append(command()).append("\n```\n\n");
        md.append("Run on ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(": ")
                .append(machine()).append("; ").append(javaRuntime()).append("; Redis ").append(r.redisVersion())
                .append(" (the app's own embedded redis-server on the same machine, nothing persisted; ")
                .append(r.redisEncodingConfig().isEmpty() ? "default encodings" : "`" + r.redisEncodingConfig() + "`")
                .append("). The app runs in the benchmark's JVM (`DarenApplication`, scheduler off); every figure goes "
                        + "through its real beans: `InfluencerStore.create`, `InfluencerStore.query`, "
                        + "`InfluencerImport.importFile`.\n\n");
        md.append(String.format(Locale.ROOT, "Data: %s generated influencers (`bench/…/crm/InfluencerGenerator`): five "
                + "platforms, log-normal followers (every tier), 1–4 of 30 Chinese niche tags, eight statuses, ten "
                + "owners, a score for ~60 %%, an engagement rate for ~80 %%, some phone numbers, WeChat, WeCom and "
                + "OA ids, audience facts and formats.%n%n", num(r.records())));

        md.append("| Acceptance | Target | Measured | |\n| --- | --- | ---: | --- |\n");
        md.append("| Filtered, sorted, paged `list` p95 (").append(r.queries().size()).append(" queries, ")
                .append(num(r.redisAll().getTotalCount())).append(" calls, ").append(num(r.records()))
                .append(" records) | < ").append(num(MAX_LIST_P95_MILLIS)).append(" ms | **")
                .append(ms(r.redisAll(), 95)).append(" ms** | ").append(verdict(listTargetMet())).append(" |\n");
        md.append("| Import of a ").append(num(r.firstImport().summary().rows())).append("-row CSV | < ")
                .append(num(MAX_IMPORT_SECONDS)).append(" s | **").append(secs(r.firstImport().millis()))
                .append(" s** | ").append(verdict(importTargetMet())).append(" |\n");
        md.append("| Redis memory per record, indexes included (`used_memory` growth ÷ ").append(num(r.records()))
                .append(") | ≤ ").append(num(MAX_BYTES_PER_RECORD)).append(" B | **").append(num(r.bytesPerRecord()))
                .append(" B** | ").append(verdict(memoryTargetMet())).append(" |\n\n");

        // list
        md.append("### `list`: Redis indexes beside loading everything\n\n");
        md.append(String.format(Locale.ROOT, """
                **Redis** is `InfluencerStore.query`, what `/daren list` calls: one script picks a plan from the \
                indexes' sizes (walk the sort ZSET in order checking each record against the filters with \
                `SISMEMBER`/`ZSCORE` until the page is full; or check the members of a small filter set; or, for a \
                deep page of a rare combination, intersect the sets as a whole), and returns the page's records, \
                decoded in Java. A walk counts matches only up to a budget of records looked at: then `list` says \
                "at least N" (column "`list` says"). Queries are parsed from the text below \
                with the command's own option specs and `ListFilters` (%d a page, as `/daren list`); one client, \
                one call at a time, %s warm-up calls, then %s measured in shuffled rounds. **Baseline**, same run, same \
                data: `ZRANGE` of every live id, pipelined `HGETALL` in batches of %s (`InfluencerStore.getAll`), \
                decode, filter, sort and page in Java; one warm-up and %d measured runs per query. **Same answer**: \
                the same count (or a true lower bound, more than the page, when `list` says "at least") and the same page, \
                same ids in the same order (ties in the sort field are ordered by id as \
                Redis orders them, so every page is deterministic).

                """, ListQuery.PAGE_SIZE, num(options.listWarmup()), num(r.redisAll().getTotalCount()),
                num(options.batch()), options.baselineRuns()));
        md.append("| # | `/daren list …` | Matches | `list` says | Redis p50 / p95 / p99 (ms) | of which the script in Redis (ms, mean) "
                + "| Baseline p50 / max (ms) | Speed-up (p50) | Same answer |\n");
        md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        int n = 1;
        for (QueryResult q : r.queries()) {
            md.append("| ").append(n++).append(" | `").append(q.query().text()).append("` | ").append(num(q.total()))
                    .append(" | ").append(q.listSays()).append(" | ").append(ms(q.redis(), 50)).append(" / ").append(ms(q.redis(), 95)).append(" / ")
                    .append(ms(q.redis(), 99)).append(" | ").append(String.format(Locale.ROOT, "%.2f", q.scriptMicros() / 1000))
                    .append(" | ").append(ms1(q.baseline(), 50)).append(" / ")
                    .append(ms1(q.baseline(), 100)).append(" | ").append(times(q.baseline(), q.redis(), 50)).append(" | ")
                    .append(q.sameTotal() && q.samePage() ? "yes" : q.sameTotal() && q.sameSet() ? "same total and set, order differs"
                            : "**no**").append(" |\n");
        }
        long agree = r.queries().stream().filter(q -> q.sameTotal() && q.samePage()).count();
        md.append("| | **All** | | | **").append(ms(r.redisAll(), 50)).append(" / ").append(ms(r.redisAll(), 95))
                .append(" / ").append(ms(r.redisAll(), 99)).append("** | ").append(String.format(Locale.ROOT, "%.2f",
                        r.queries().stream().mapToDouble(QueryResult::scriptMicros).average().orElse(Double.NaN) / 1000))
                .append(" | ").append(ms1(r.baselineAll(), 50)).append(" / ")
                .append(ms1(r.baselineAll(), 100)).append(" | ").append(times(r.baselineAll(), r.redisAll(), 50))
                .append(" | ").append(agree).append(" of ").append(r.queries().size()).append(" |\n\n");
        md.append("Redis accepted ").append(num(r.listConnections())).append(" new connections during the ")
                .append(num(r.redisAll().getTotalCount())).append(" measured calls. ");
        md.append("Slowest `list` call: ").append(ms(r.redisAll(), 100)).append(" ms. Machine while measured (all cores busy, ")
                .append("in brackets the part used by other processes than this JVM and its redis-server): `list` ")
                .append(cpu(r.listCpu())).append(", baseline ").append(cpu(r.baselineCpu())).append(".\n\n");
        long calls = Math.max(1, r.redisAll().getTotalCount());
        md.append("Where Redis spent the measured calls' time (`INFO commandstats`, reset before them; commands a script "
                + "calls are counted on their own and inside the script's `evalsha`):\n\n");
        md.append("| Command | Calls | Total (ms) | Per `list` call (ms) |\n| --- | ---: | ---: | ---: |\n");
        for (RedisMemory.CommandStat c : r.listCommands()) {
            if (c.micros() * 1000 < r.listCommands().get(0).micros()) {
                continue;
            }
            md.append("| `").append(c.command()).append("` | ").append(num(c.calls())).append(" | ")
                    .append(num(c.micros() / 1000.0)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", c.micros() / 1000.0 / calls)).append(" |\n");
        }
        md.append("\n");
        for (QueryResult q : r.queries()) {
            if (!(q.sameTotal() && q.samePage())) {
                md.append("- Query `").append(q.query().text()).append("`: ").append(q.detail()).append("\n");
            }
        }

        if (!listTargetMet()) {
            md.append(listAnalysis()).append("\n");
        }

        // memory
        md.append("### Memory\n\n");
        md.append("| `INFO memory` | used_memory | used_memory_dataset | keys |\n| --- | ---: | ---: | ---: |\n");
        md.append("| App started, no records | ").append(num(r.memBefore().used())).append(" | ")
                .append(num(r.memBefore().dataset())).append(" | ").append(num(r.memBefore().keys())).append(" |\n");
        md.append("| After ").append(num(r.records())).append(" records (").append(secs(options.settle().toMillis()))
                .append(" s settle) | ").append(num(r.memAfter().used())).append(" | ").append(num(r.memAfter().dataset()))
                .append(" | ").append(num(r.memAfter().keys())).append(" |\n");
        md.append("| **Per record** | **").append(num(r.bytesPerRecord())).append(" B** | ")
                .append(num(r.datasetBytesPerRecord())).append(" B | ")
                .append(String.format(Locale.ROOT, "%.1f", (double) (r.memAfter().keys() - r.memBefore().keys()) / r.records()))
                .append(" |\n\n");
        md.append("Where it goes (`MEMORY USAGE … SAMPLES 0` on every index key, and on the record HASH and history LIST "
                + "of ").append(num(options.memorySample())).append(" random records, scaled to all):\n\n");
        md.append("| Keys | Encoding | Keys | Members | Bytes | Per member | Per record |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        double sum = 0;
        List<RedisMemory.Family> byCost = r.families().stream()
                .sorted((a, b) -> Double.compare(b.perRecord(), a.perRecord())).toList();
        for (RedisMemory.Family f : byCost) {
            md.append("| ").append(f.name()).append(" `").append(f.pattern()).append("` | ").append(f.encoding())
                    .append(" | ").append(num(f.keys())).append(" | ").append(num(f.members())).append(" | ")
                    .append(num(f.bytes())).append(" | ").append(num(f.perMember())).append(" B | ")
                    .append(num(f.perRecord())).append(" B |\n");
            sum += f.perRecord();
        }
        md.append("| Sum of the above | | | | | | ").append(num(sum)).append(" B |\n");
        md.append("| Rest of the growth (the keyspace's own hash table, allocator rounding MEMORY USAGE leaves out) | | | | | | ")
                .append(num(r.bytesPerRecord() - sum)).append(" B |\n\n");
        if (!memoryTargetMet() || r.bytesPerRecord() > 0.9 * MAX_BYTES_PER_RECORD) {
            md.append(suggestions(byCost, r.bytesPerRecord())).append("\n");
        }

        // writes and import
        md.append("### Writes and import\n\n");
        md.append("| Phase | Time | Rate | Outcome | CPU busy (others) |\n| --- | ---: | ---: | --- | ---: |\n");
        md.append("| ").append(num(r.records())).append(" records through `InfluencerStore.create`, ").append(options.writers())
                .append(" threads (each: `INCR` id, one Lua script writing the HASH, its index entries, a history line, "
                        + "the month's counters) | ").append(secs(r.writeMillis())).append(" s | ")
                .append(num(r.records() * 1000.0 / Math.max(1, r.writeMillis()))).append(" /s | ")
                .append(num(r.writeErrors())).append(" errors | ").append(cpu(r.writeCpu())).append(" |\n");
        md.append(importRow("Import of a " + num(r.firstImport().summary().rows()) + "-row CSV ("
                + String.format(Locale.ROOT, "%.1f MB", r.csvBytes() / 1e6) + ", UTF-8 with BOM) into the "
                + num(r.records()) + " records", r.firstImport()));
        md.append(importRow("The same file again (idempotent: nothing should change)", r.secondImport()));
        md.append("\n");
        md.append("The CSV (`InfluencerGenerator.csv`) has the headers `").append(String.join(",", InfluencerGenerator.CSV_HEADER))
                .append("`, platforms in Chinese, followers as `12345`, `1.23w` or `4.5万`, rates as `3.52%`, tags joined by "
                        + "`、` or by quoted commas, and some empty cells; every row is a new influencer. The import reads and "
                        + "validates rows in order and writes them on its ").append("`daren.io.import-threads`")
                .append(" pool (upsert keyed on platform + handle). Records after both imports: ")
                .append(num(r.liveAfterImport())).append("; `used_memory` grew by ")
                .append(num(r.bytesPerImportedRecord())).append(" B per imported record (they have fewer fields filled).\n");
        if (!Double.isNaN(r.busyBeforeStart())) {
            md.append("\nThe machine was ").append(pct(r.busyBeforeStart())).append(" busy just before the run started.\n");
        }
        return md.toString();
    }

    /** Only when the list target is missed: where the time goes, and what would bring it under the target. */
    private String listAnalysis() {
        Results r = results;
        QueryResult slowest = r.queries().stream().max(java.util.Comparator.comparingDouble(QueryResult::scriptMicros)).orElseThrow();
        QueryResult fastest = r.queries().stream().min(java.util.Comparator.comparingDouble(QueryResult::scriptMicros)).orElseThrow();
        long under = r.queries().stream().filter(q -> q.redis().getValueAtPercentile(95) / 1000.0 < MAX_LIST_P95_MILLIS).count();
        StringBuilder s = new StringBuilder("**Why the `list` target is missed.** ");
        double scriptMean = r.queries().stream().mapToDouble(QueryResult::scriptMicros).average().orElse(Double.NaN) / 1000;
        s.append(under).append(" of ").append(r.queries().size()).append(" queries have their own p95 under ")
                .append(num(MAX_LIST_P95_MILLIS)).append(" ms. The search script runs ")
                .append(String.format(Locale.ROOT, "%.1f", scriptMean)).append(" ms on average inside Redis; the slowest, `")
                .append(slowest.query().text()).append("` (").append(num(slowest.total())).append(" matches), ")
                .append(String.format(Locale.ROOT, "%.1f", slowest.scriptMicros() / 1000)).append(" ms; `")
                .append(fastest.query().text()).append("` ")
                .append(String.format(Locale.ROOT, "%.1f", fastest.scriptMicros() / 1000)).append(" ms. Where the p95 is "
                        + "far above the script's time, the call waited for a CPU (see how busy the machine was above), "
                        + "not for Redis; where the script itself is slow, the plan looked at many records (a rare "
                        + "combination on a deep page walks far before it builds).\n");
        return s.toString();
    }

    private static String importRow(String what, ImportRun run) {
        ImportSummary s = run.summary();
        return "| " + what + " | " + secs(run.millis()) + " s | " + num(s.rows() * 1000.0 / Math.max(1, run.millis()))
                + " rows/s | created " + num(s.created()) + ", updated " + num(s.updated()) + ", unchanged "
                + num(s.unchanged()) + ", rejected " + num(s.rejectedCount()) + " | " + cpu(run.cpu()) + " |\n";
    }

    /** Only when the memory target is missed: the biggest families, and what would shrink them. */
    private String suggestions(List<RedisMemory.Family> byCost, double perRecord) {
        StringBuilder s = new StringBuilder(memoryTargetMet()
                ? "Within the target, by " + num(MAX_BYTES_PER_RECORD - perRecord) + " B; records with more fields "
                + "filled (notes, status history, sub-scores) use it up. The costliest keys: "
                : "Over the target. The costliest keys: ");
        s.append(byCost.stream().limit(4).map(f -> f.name() + " " + num(f.perRecord()) + " B")
                .collect(Collectors.joining(", "))).append(". What would shrink it (not done here):\n\n");
        s.append("- The status history LIST is a key of its own for every record, created with one line (object, "
                + "quicklist, node and a keyspace entry for ~50 B of text): keep the creation in the record (`ca` is there "
                + "already) and create the list at the first status change, or keep history lines in fewer, bigger keys.\n");
        s.append("- Filter SETs of integer ids are hash tables past `set-max-intset-entries` (~45–50 B a member, and a "
                + "record is in 4–8 of them): ids are dense integers, so a bitmap per filter value (`SETBIT`, combined "
                + "with `BITOP` in the search script) costs one bit per record per value.\n");
        s.append("- Records without a score or ER need no entry in `by:score` / `by:er` (now scored −1) if the page "
                + "logic appends them after the scored ones.\n");
        s.append("- The record HASH: shorter values (a shorter version token, times in seconds).\n");
        return s.toString();
    }

    private String command() {
        return options.args().isEmpty() ? InfluencerDatabaseBenchmark.COMMAND
                : InfluencerDatabaseBenchmark.COMMAND + " " + String.join(" ", options.args());
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    private static String times(Histogram slow, Histogram fast, double percentile) {
        if (slow.getTotalCount() == 0 || fast.getTotalCount() == 0) {
            return "–";
        }
        double x = (double) slow.getValueAtPercentile(percentile) / Math.max(1, fast.getValueAtPercentile(percentile));
        return String.format(Locale.ROOT, x >= 10 ? "%,.0f×" : "%.1f×", x);
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

    /** What {@code java -version} says, with the GC and the JVM flags. */
    static String javaRuntime() {
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();
        return System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + ", GC: " + gcs
                + (flags.isEmpty() ? "" : ", `" + String.join(" ", flags) + "`") + ")";
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String cpu(CpuShare.Usage u) {
        return Double.isNaN(u.busy()) ? "–" : pct(u.busy()) + " (" + pct(u.others()) + ")";
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
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

    static String ms1(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", h.getValueAtPercentile(percentile) / 1000.0);
    }
}
