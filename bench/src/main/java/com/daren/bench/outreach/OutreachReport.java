package com.daren.bench.outreach;

import com.daren.bench.outreach.OutreachBenchmark.BaselineRun;
import com.daren.bench.outreach.OutreachBenchmark.DarenRun;
import com.daren.bench.outreach.OutreachBenchmark.Options;
import com.daren.bench.outreach.OutreachBenchmark.Results;
import com.daren.outreach.OutreachSettings;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The Markdown section for docs/benchmarks.md: machine, command, tables, targets met or not. */
final class OutreachReport {

    /** Issue targets. */
    static final double MAX_BEYOND_LIMIT_P99_S = 2.0;
    static final double MAX_BYTES_PER_STEP = 400;
    static final double MAX_STARTUP_S = 10;
    /** Other processes' share of the CPU above which a measured phase is flagged as disturbed. */
    static final double DISTURBED = 0.10;

    private final Results r;
    private final Options o;

    OutreachReport(Results results) {
        this.r = results;
        this.o = results.options();
    }

    boolean throughputMet() {
        return r.daren().sends().throughput() >= r.baseline().sends().throughput();
    }

    /** Worst p99 beyond the limit (s) among the runs with the smallest jitter; NaN without rate-limited runs. */
    double worstBeyondLimitP99() {
        return r.leastJitter().stream().mapToDouble(l -> seconds(l.run().sends().beyondLimit(), 99)).max()
                .orElse(Double.NaN);
    }

    boolean latenessMet() {
        return worstBeyondLimitP99() < MAX_BEYOND_LIMIT_P99_S;
    }

    boolean memoryMet() {
        return r.memory().pendingStepBytes() <= MAX_BYTES_PER_STEP;
    }

    /** The slowest start-up measured: bare dispatcher to first send, and the whole Spring app to its first claim. */
    double startupSeconds() {
        double worst = r.daren().readyMs() / 1000.0;
        if (r.limited() != null) {
            worst = Math.max(worst, r.limited().firstSendAfterStartMs() / 1000.0);
        }
        if (!r.app().isEmpty()) {
            worst = Math.max(worst, best(r.app()).firstClaimMs() / 1000.0);
        }
        return worst;
    }

    boolean startupMet() {
        return startupSeconds() < MAX_STARTUP_S;
    }

    String section() {
        DarenRun d = r.daren();
        BaselineRun b = r.baseline();
        SendStats ds = d.sends();
        SendStats bs = b.sends();
        StringBuilder md = new StringBuilder();
        md.append(OutreachBenchmark.HEADING).append("\n\n");
        md.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(machine()).append("; Redis ").append(r.redisVersion())
                .append(" (embedded redis-server, same machine). `java -version`: ").append(javaVersion())
                .append(". Dispatcher, worker threads, WxJava's HTTP client, the fake WeChat server and redis-server all "
                        + "share these cores.\n\n");
        md.append("Reproduce from the repository root (about ").append(minutes()).append(" minutes; `--enrolments=2000` "
                + "for a quick look):\n\n");
        md.append("```bash\n").append(command()).append("\n```\n\n");
        md.append("""
                **Workload.** %s influencers, each enrolled (through `EnrollmentStore.start`, the real keys) in a \
                three-step sequence (day 0 / 3 / 7, unresponsive on day 14; the shipped `outreach/intro` template; send \
                window all day so the hour of the run does not matter). All %s first steps fall due at the same instant, \
                the first millisecond of the minute: the hardest case of "due in the same minute". Each send is a WeCom \
                app text message through WxJava `WxCpServiceImpl` (its Apache HttpClient with WxJava's defaults, 10 \
                connections per host; the bot's retry settings) over loopback HTTP to the fake WeChat server \
                (`/cgi-bin/message/send`), which records every message; recipient = influencer handle, so the recordings \
                prove exactly-once. Lateness = arrival at the fake server minus due time. Both sides had a %s-send \
                warm-up first (JIT, connections).

                - **Daren**: a fresh dispatcher as the bot wires it (own Lettuce connection, `DueQueue`, \
                `EnrollmentStore`, `OutreachLimits`, `OutreachDispatcher`, `DueWorkRunner` with %d workers and batches of \
                200), woken by Quartz running the real `DueWorkJob` every %s. Per step: claim, still wanted?, window, \
                influencer, rate limit + sender cap (one script), SENDING (versioned write), render, send, SENT + \
                next step's due item + completing the claim (one versioned write). The influencers are contacted \
                already, as `/seq start` leaves them (a prospect would be moved to contacted at its first send). Rate \
                limit %s/s (generous, so it does not bind), per-sender cap out of the way (%s owners).
                - **Baseline**: Quartz `StdSchedulerFactory`, RAMJobStore, thread pool of %d, one trigger per step with \
                its **own** JobDetail (`scheduleJob(job, trigger)`, job data: recipient, name, owner), Quartz's other \
                settings at their defaults. Each job renders the same template and makes the same send; no state is kept \
                anywhere, so nothing of it survives a restart.

                """.formatted(num(o.enrolments()), num(o.enrolments()), num(o.warmup()), o.threads(), secs(o.tick()),
                num(OutreachBenchmark.generous().perSecond()), Population.OWNERS, o.threads()));

        md.append("| ").append(num(o.enrolments())).append(" steps due at one instant | Daren | Baseline: Quartz, trigger + "
                + "JobDetail per step | Target |\n");
        md.append("| --- | ---: | ---: | --- |\n");
        md.append("| **Sends/s** (first to last send) | **").append(num(ds.throughput())).append("** | **")
                .append(num(bs.throughput())).append("** | Daren ≥ baseline: ").append(met(throughputMet())).append(" (Daren = ")
                .append(pct(ds.throughput() / bs.throughput())).append(" of the baseline) |\n");
        md.append("| Due → last send (s) | ").append(s1(ds.makespanSeconds())).append(" | ").append(s1(bs.makespanSeconds()))
                .append(" | |\n");
        md.append("| Lateness p50 / p99 / max (s) | ").append(lateness(ds.lateness())).append(" | ")
                .append(lateness(bs.lateness())).append(" | (rate limit not binding: this is the backlog draining; "
                        + "see the rate-limited run) |\n");
        md.append("| First send after due (s) | ").append(s2((ds.firstMs() - ds.dueMs()) / 1000.0)).append(" (tick ")
                .append(secs(o.tick())).append(") | ").append(s2((bs.firstMs() - bs.dueMs()) / 1000.0)).append(" | |\n");
        md.append("| Sent exactly once | ").append(once(ds)).append(" | ").append(once(bs)).append(" | every step once |\n");
        md.append("| Engine state after the run | ").append(num(d.advanced())).append(" enrolments on step 2, ")
                .append("`sent:0` = ").append(num(d.statsSent())).append(", ").append(num(d.leftLeased()))
                .append(" leased, ").append(num(d.alerts())).append(" alerts | ").append(num(b.failures()))
                .append(" failed jobs | |\n");
        md.append("| **State per pending step** | **").append(num(r.memory().pendingStepBytes()))
                .append(" B** of Redis (`used_memory` Δ / steps) | ").append(num(b.heapBytesPerTrigger()))
                .append(" B of heap (after GC) | ≤ ").append(num(MAX_BYTES_PER_STEP)).append(" B of Redis: ")
                .append(met(memoryMet())).append(" |\n");
        md.append("| **Start-up** with pending steps | dispatcher ready to claim in ").append(s2(d.readyMs() / 1000.0))
                .append(" s (").append(num(d.pendingAtStart())).append(" pending)");
        if (r.limited() != null) {
            md.append("; first send ").append(s2(r.limited().firstSendAfterStartMs() / 1000.0)).append(" s after start (")
                    .append(num(r.limited().pendingAtStart())).append(" pending, ")
                    .append(num(r.limited().dueInQueueAtStart())).append(" of them due)");
        }
        if (!r.app().isEmpty()) {
            OutreachBenchmark.AppStartup full = best(r.app());
            md.append("; the whole bot (`java ").append(r.appLaunch()).append(" …`, new JVM) started in ").append(s2(full.readyMs() / 1000.0))
                    .append(" s, first claim ").append(s2(full.firstClaimMs() / 1000.0)).append(" s after launch (")
                    .append(num(full.pending())).append(" pending; best of ").append(r.app().size()).append(": ")
                    .append(tries(r.app())).append(")");
            if (!r.appEmpty().isEmpty()) {
                OutreachBenchmark.AppStartup bare = best(r.appEmpty());
                md.append(" vs ").append(s2(bare.readyMs() / 1000.0)).append(" s / ").append(s2(bare.firstClaimMs() / 1000.0))
                        .append(" s on an empty Redis (").append(tries(r.appEmpty())).append(")");
            }
            if (!r.appPlain().isEmpty()) {
                md.append("; for reference the plain `java -jar bot/target/daren-exec.jar` (fat jar, no archive): ")
                        .append(tries(r.appPlain()));
            }
        }
        md.append(" | ").append(s2(b.schedulingMs() / 1000.0)).append(" s to schedule ").append(num(o.enrolments()))
                .append(" jobs, after every restart (plus reading them from wherever they are kept) | < ")
                .append(num(MAX_STARTUP_S)).append(" s: ").append(met(startupMet())).append(" |\n");
        md.append("| CPU per send: JVM / redis-server (µs) | ").append(cpuPerSend(d.cpu().jvmCpuS(), ds.sent())).append(" / ")
                .append(cpuPerSend(d.cpu().redisCpuS(), ds.sent())).append(" | ").append(cpuPerSend(b.cpu().jvmCpuS(), bs.sent()))
                .append(" / ").append(cpuPerSend(b.cpu().redisCpuS(), bs.sent())).append(" | |\n");
        md.append("| Sends per CPU-second (this JVM + redis-server; less sensitive to other processes than sends/s) | ")
                .append(num(perCpuSecond(d.cpu(), ds.sent()))).append(" | ").append(num(perCpuSecond(b.cpu(), bs.sent())))
                .append(" | |\n");
        md.append("| Redis commands per send (of them Lua scripts; commands inside scripts count too) | ")
                .append(s1(d.redisCommandsPerSend())).append(" (").append(s1(d.scriptsPerSend())).append(") | 0 | |\n");
        md.append("| Machine busy (other processes) | ").append(pct(d.cpu().busy())).append(" (").append(pct(d.cpu().others()))
                .append(") | ").append(pct(b.cpu().busy())).append(" (").append(pct(b.cpu().others())).append(") | |\n");
        md.append("| Machine busy while sending (first to last send; 100 % = both cores) | ").append(pct(d.busyWhileSending()))
                .append(" | ").append(pct(b.busyWhileSending())).append(" | |\n\n");
        double worst = Math.max(d.cpu().others(), b.cpu().others());
        if (worst > DISTURBED) {
            md.append("**Disturbed run:** other processes (builds and tests on this shared machine) took up to ")
                    .append(pct(worst)).append(" of the CPU while a side was measured (last row), so sends/s, lateness "
                            + "and start-up are lower/longer than on a quiet machine; the CPU per send and sends per "
                            + "CPU-second rows are the steadier comparison.\n\n");
        }

        if (!r.limitedRuns().isEmpty()) {
            List<OutreachBenchmark.LimitedRun> runs = r.limitedRuns();
            md.append("**Rate-limited runs** (Daren only; Quartz has no shared rate limit): each ").append(num(o.limitedEnrolments()))
                    .append(" more enrolments, all due at one instant, `per-second` = ").append(num(o.limitedRate()))
                    .append(", a fresh dispatcher started at that instant on the same Redis (still holding the later "
                            + "steps scheduled above); one run per `jitter` (the random delay added when a step is put "
                            + "back, e.g. over the limit; ").append(secs(OutreachSettings.DEFAULTS.jitter()))
                    .append(" shipped). Lateness beyond the limit = the k-th send's arrival minus the k-th earliest moment "
                            + "the limit allows (at most `per-second` sends in each calendar second, as `OutreachLimits` "
                            + "counts them, none before its due time).\n\n");
            md.append("| Rate-limited, ").append(num(o.limitedRate())).append("/s |");
            runs.forEach(l -> md.append(" jitter ").append(secs(l.jitter())).append(" |"));
            md.append(" Target |\n| --- |");
            runs.forEach(l -> md.append(" ---: |"));
            md.append(" --- |\n");
            row(md, "Sends/s (first to last)", runs, l -> num(l.sends().throughput()), "");
            row(md, "Most arrivals in one calendar second (counted at claim time, a few ms earlier)", runs,
                    l -> num(l.sends().maxInOneSecond()), "");
            row(md, "Due → last send (s); the limit alone needs " + s1(Math.ceil((double) o.limitedEnrolments()
                    / o.limitedRate()) - 1), runs, l -> s1(l.sends().makespanSeconds()), "");
            row(md, "**Lateness beyond the limit** p50 / p99 / max (s)", runs, l -> "**" + lateness(l.sends().beyondLimit())
                    + "**", "p99 < " + s1(MAX_BEYOND_LIMIT_P99_S) + " s: " + met(latenessMet()) + " (worst run with jitter "
                    + secs(r.leastJitter().get(0).jitter()) + ")");
            row(md, "Lateness (arrival − due) p50 / p99 / max (s)", runs, l -> lateness(l.sends().lateness()), "");
            row(md, "Sent exactly once", runs, l -> once(l.sends()), "");
            row(md, "Start-up: ready to claim / first send (s after start)", runs,
                    l -> s2(l.readyMs() / 1000.0) + " / " + s2(l.firstSendAfterStartMs() / 1000.0), "");
            md.append("\n");
        }

        OutreachBenchmark.Memory m = r.memory();
        md.append("**Redis memory** (`INFO memory` `used_memory` before/after creating the ").append(num(o.enrolments()))
                .append(" enrolments; parts from `MEMORY USAGE … SAMPLES 0`): ").append(num(m.pendingStepBytes()))
                .append(" B per pending step = enrolment HASH ").append(num(m.enrolmentHash())).append(" B + due item ")
                .append(num(m.dueItem())).append(" B + active-enrolment entry ").append(num(m.activeEntry()))
                .append(" B + latest-enrolment entry ").append(num(m.latestEntry()))
                .append(" B (written only when an enrolment ends) = ")
                .append(num(m.enrolmentHash() + m.dueItem() + m.activeEntry() + m.latestEntry()))
                .append(" B; the rest of the `used_memory` figure is mostly Redis's main key table")
                .append(m.keyspaceTableGrowth() >= 0 ? ", whose bucket array grew by " + num(m.keyspaceTableGrowth())
                        + " B per enrolment while they were written (it doubles when full, so where a run crosses a power "
                        + "of two decides how much of that lands here)" : "")
                .append(". Not counted there: the influencer records themselves, ").append(num(m.influencerBytes()))
                .append(" B each (HASH, indexes, history), which exist with or without outreach. Set-up took ")
                .append(s1(r.setupInfluencersS())).append(" s for the influencers and ").append(s1(r.setupEnrolmentsS()))
                .append(" s for the enrolments (8 threads, one auto-pipelined connection).\n\n");

        md.append("Targets:\n\n");
        md.append("- Throughput ≥ the baseline's: ").append(num(ds.throughput())).append(" vs ").append(num(bs.throughput()))
                .append(" sends/s, **").append(met(throughputMet())).append("**")
                .append(throughputMet() ? "" : " (" + pct(1 - ds.throughput() / bs.throughput()) + " short)").append(".\n");
        if (r.limited() != null) {
            List<OutreachBenchmark.LimitedRun> least = r.leastJitter();
            md.append("- Lateness p99 < 2 s beyond the configured rate limit (at ").append(num(o.limitedRate()))
                    .append("/s, jitter ").append(secs(least.get(0).jitter())).append(", worst of ").append(least.size())
                    .append(least.size() == 1 ? " run" : " runs").append("): ").append(s2(worstBeyondLimitP99()))
                    .append(" s, **").append(met(latenessMet())).append("**")
                    .append(latenessMet() ? "" : " (by " + s2(worstBeyondLimitP99() - MAX_BEYOND_LIMIT_P99_S) + " s)")
                    .append("; p99 of each run: ").append(r.limitedRuns().stream()
                            .map(l -> s2(seconds(l.run().sends().beyondLimit(), 99)) + " s (jitter " + secs(l.jitter()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(". Only while the limit is below Daren's capacity on the machine (sends/s above); a burst "
                            + "above capacity drains at capacity, as in the first table.\n");
        } else {
            md.append("- Lateness beyond the rate limit: not measured (--limited-enrolments=0).\n");
        }
        md.append("- ≤ 400 B of Redis per pending step: ").append(num(m.pendingStepBytes())).append(" B, **")
                .append(met(memoryMet())).append("**")
                .append(memoryMet() ? "" : " (by " + num(m.pendingStepBytes() - MAX_BYTES_PER_STEP) + " B)").append(".\n");
        md.append("- Start-up with ").append(num(o.enrolments())).append(" pending steps < 10 s, judged on the slowest "
                + "start-up above: ")
                .append(s2(startupSeconds())).append(" s, **").append(met(startupMet()))
                .append("**")
                .append(r.app().isEmpty() || r.appEmpty().isEmpty() ? "" : startupAttribution())
                .append(". Daren does no per-step "
                        + "work at start-up (the due queue is already in Redis; the first tick's claim is one "
                        + "`ZRANGEBYSCORE … LIMIT` on the ZSET); the baseline must re-create every trigger.\n");
        if (!r.notes().isEmpty()) {
            md.append("\n").append(r.notes().stream().collect(Collectors.joining("\n"))).append("\n");
        }
        if (!d.completed() || !b.completed() || r.limitedRuns().stream().anyMatch(l -> !l.run().completed())) {
            md.append("\n**Incomplete run:** a phase timed out before every step was sent; see the counts above.\n");
        }
        return md.toString();
    }

    /** What the pending steps add to the whole bot's start, against the spread between tries. */
    private String startupAttribution() {
        long full = best(r.app()).firstClaimMs();
        long bare = best(r.appEmpty()).firstClaimMs();
        long spread = java.util.stream.Stream.concat(r.app().stream(), r.appEmpty().stream())
                .mapToLong(OutreachBenchmark.AppStartup::firstClaimMs).max().orElse(0)
                - Math.min(full, bare);
        String added = Math.abs(full - bare) <= spread
                ? "nothing measurable (best against best " + s2((full - bare) / 1000.0) + " s, while tries of the same "
                        + "start spread over " + s2(spread / 1000.0) + " s)"
                : s2((full - bare) / 1000.0) + " s (best against best)";
        return " — the whole bot's own start on this machine takes " + s2(bare / 1000.0) + " s to its first claim with "
                + "no pending steps at all; the pending steps add " + added;
    }

    /** The try that reached its first claim soonest. */
    static OutreachBenchmark.AppStartup best(List<OutreachBenchmark.AppStartup> tries) {
        return tries.stream().min(java.util.Comparator.comparingLong(OutreachBenchmark.AppStartup::firstClaimMs)).orElseThrow();
    }

    private static String tries(List<OutreachBenchmark.AppStartup> tries) {
        return tries.stream().map(t -> s2(t.readyMs() / 1000.0) + " / " + s2(t.firstClaimMs() / 1000.0) + " s")
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder md, String label, List<OutreachBenchmark.LimitedRun> runs,
                            java.util.function.Function<DarenRun, String> cell, String target) {
        md.append("| ").append(label).append(" |");
        runs.forEach(l -> md.append(" ").append(cell.apply(l.run())).append(" |"));
        md.append(" ").append(target).append(" |\n");
    }

    /** Writes the section through the callback benchmark's {@code DocSection} (package-private there, so reflectively). */
    static void writeSection(Path doc, String heading, String section) {
        try {
            Method write = Class.forName("com.daren.bench.DocSection")
                    .getDeclaredMethod("write", Path.class, String.class, String.class);
            write.setAccessible(true);
            write.invoke(null, doc, heading, section);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not write " + doc, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("com.daren.bench.DocSection.write(Path, String, String) not found", e);
        }
    }

    private String command() {
        return o.args().isEmpty() ? OutreachBenchmark.COMMAND
                : OutreachBenchmark.COMMAND + " " + String.join(" ", o.args());
    }

    private long minutes() {
        double s = 60 /* build */ + 20 /* warm-up */ + o.enrolments() * 1.2e-3 /* set-up, both runs */
                + (o.appStartup() ? OutreachBenchmark.APP_TRIES * 2 * 20 : 0);
        if (o.limitedEnrolments() > 0) {
            for (java.time.Duration jitter : o.limitedJitter()) {
                s += (double) o.limitedEnrolments() / o.limitedRate() + jitter.toSeconds() + 10;
            }
        }
        return Math.max(1, Math.round(s / 60));
    }

    private static String once(SendStats s) {
        return num(s.once()) + " of " + num(s.expected()) + (s.exactlyOnce() ? " ✅" : " ❌") + " (" + num(s.missing())
                + " missing, " + num(s.duplicates()) + " duplicates, " + num(s.unexpected()) + " unexpected)";
    }

    private static String lateness(Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return "–";
        }
        return s2(seconds(h, 50)) + " / " + s2(seconds(h, 99)) + " / " + s2(h.getMaxValue() / 1e6);
    }

    static double seconds(Histogram h, double percentile) {
        return h == null || h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }

    private static double perCpuSecond(CpuTime.Usage cpu, int sends) {
        double seconds = cpu.jvmCpuS() + cpu.redisCpuS();
        return Double.isNaN(seconds) || seconds <= 0 ? Double.NaN : sends / seconds;
    }

    private static String cpuPerSend(double cpuSeconds, int sends) {
        return sends == 0 || Double.isNaN(cpuSeconds) ? "–" : num(cpuSeconds * 1e6 / sends);
    }

    private static String met(boolean met) {
        return met ? "met" : "missed";
    }

    static String machine() {
        StringBuilder sb = new StringBuilder();
        sb.append(Runtime.getRuntime().availableProcessors()).append(" CPUs (nproc)");
        String model = firstValue(Path.of("/proc/cpuinfo"), "model name");
        if (model != null) {
            sb.append(", ").append(model.replaceAll("\\s+", " "));
        }
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        if (mem != null) {
            try {
                sb.append(String.format(Locale.ROOT, ", %.1f GiB RAM", Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1048576.0));
            } catch (NumberFormatException ignored) {
                // leave it out
            }
        }
        return sb.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .toString();
    }

    /** What {@code java -version} prints for the running JVM, on one line, with the JVM flags of this run. */
    static String javaVersion() {
        String flags = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).collect(Collectors.joining(" "));
        String version;
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            version = out.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("; "));
        } catch (IOException | RuntimeException e) {
            version = System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            version = System.getProperty("java.runtime.version");
        }
        return "`" + version + "`" + (flags.isEmpty() ? "" : ", flags `" + flags + "`");
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    private static String s1(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String s2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String secs(java.time.Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }
}
