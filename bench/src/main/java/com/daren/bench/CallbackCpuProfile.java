package com.daren.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU per callback, counted rather than inferred from throughput (so it holds on a busy machine): drives each
 * endpoint with a small closed loop and sums the CPU time of the threads that serve it, grouped by thread pool
 * (ThreadMXBean): Tomcat's, the inbound workers', Lettuce's, plus the embedded redis-server's (from /proc). The
 * load generator's threads and the building of requests are left out; so are JIT and GC threads (not Java threads).
 *
 * <pre>java -cp "$(cat bench/target/classpath.txt):bench/target/classes" com.daren.bench.CallbackCpuProfile [seconds]</pre>
 *
 * Add {@code -XX:StartFlightRecording=filename=cb.jfr,settings=profile} for where the time goes.
 */
public final class CallbackCpuProfile {

    private static final int CONCURRENCY = 4;

    private CallbackCpuProfile() {
    }

    public static void main(String[] args) {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        // In this JVM: its load threads are told apart by name and left out of the counts.
        LoadGenerator load = new LoadGenerator(1_000, 1_000, line -> { });
        try (DarenUnderTest app = DarenUnderTest.start()) {
            Target baseline = Target.baseline(app.baselineUrl());
            Target full = Target.full(app.fullPipelineUrl());
            for (Target t : List.of(baseline, full)) {
                load.closedLoop(t, CONCURRENCY, Duration.ZERO, Duration.ofSeconds(25), () -> { }); // JIT
            }
            for (Target t : List.of(baseline, full, baseline, full)) {
                Map<String, Long> before = cpuByGroup();
                var r = load.closedLoop(t, CONCURRENCY, Duration.ZERO, measure, () -> { });
                Map<String, Long> after = cpuByGroup();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %,7d callbacks, errors %s;"
                        + " CPU µs per callback:", t.name(), r.completed(), r.outcomes().errorSummary()));
                long server = 0;
                for (String group : after.keySet()) {
                    if (group.startsWith("~") || group.equals("client") || group.equals("other")) {
                        continue;
                    }
                    double perCall = (after.get(group) - before.getOrDefault(group, 0L)) / 1_000.0 / r.completed();
                    line.append(String.format(Locale.ROOT, " %s %.0f", group, perCall));
                    if (!group.equals("client") && !group.equals("other")) {
                        server += after.get(group) - before.getOrDefault(group, 0L);
                    }
                }
                line.append(String.format(Locale.ROOT, " | server total %.0f", server / 1_000.0 / r.completed()));
                System.out.println("[cpu] " + line);
                if (System.getProperty("profile.others") != null) {
                    after.forEach((k, v) -> {
                        long d = v - before.getOrDefault(k, 0L);
                        if (k.startsWith("~") && d > r.completed() * 20_000L) {
                            System.out.printf(Locale.ROOT, "[cpu]    %s %.0f%n", k, d / 1_000.0 / r.completed());
                        }
                    });
                }
            }
        }
        System.exit(0);
    }

    /** Nanoseconds of CPU so far per group of threads, and the embedded redis-server's. */
    private static Map<String, Long> cpuByGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String g : List.of("http", "inbound", "lettuce", "other", "client", "redis")) {
            cpu.put(g, 0L);
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (ns > 0) {
                cpu.merge(group(info.getThreadName()), ns, Long::sum);
                if (group(info.getThreadName()).equals("other")) {
                    cpu.merge("~" + info.getThreadName(), ns, Long::sum);
                }
            }
        }
        ProcessHandle.current().children().forEach(p -> cpu.merge("redis", procCpuNanos(p.pid()), Long::sum));
        return cpu;
    }

    private static String group(String thread) {
        if (thread.startsWith("http-nio")) {
            return "http";
        }
        if (thread.startsWith("inbound-")) {
            return "inbound";
        }
        if (thread.startsWith("lettuce")) {
            return "lettuce";
        }
        if (thread.startsWith("load-")) {
            return "client";
        }
        return "other";
    }

    private static long procCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            return ticks * 10_000_000L; // USER_HZ = 100
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
