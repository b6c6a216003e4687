package com.daren.bench.crm;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How busy the machine was while a phase ran, from /proc: all cores together, and the part used by other processes
 * than this JVM and its children (the embedded redis-server): someone else's work that disturbs the figures.
 * NaN where there is no /proc.
 */
final class CpuShare {

    private final long[] start = snapshot();

    /** Shares of all cores, 0..1. */
    record Usage(double busy, double others) {
        static final Usage UNKNOWN = new Usage(Double.NaN, Double.NaN);

        @Override
        public String toString() {
            if (Double.isNaN(busy)) {
                return "–";
            }
            return String.format(Locale.ROOT, "%.0f %% (others %.0f %%)", busy * 100, others * 100);
        }
    }

    Usage usage() {
        long[] end = snapshot();
        if (start == null || end == null || end[0] <= start[0]) {
            return Usage.UNKNOWN;
        }
        double all = end[0] - start[0];
        double busy = (end[0] - end[1]) - (start[0] - start[1]);
        double ours = end[2] - start[2];
        return new Usage(busy / all, Math.max(0, (busy - ours) / all));
    }

    /** Waits (up to {@code timeoutSeconds}) until the machine is less than {@code maxBusy} busy over 3 s. */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, java.util.function.Consumer<String> log) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        boolean told = false;
        while (true) {
            CpuShare meter = new CpuShare();
            InfluencerDatabaseBenchmark.sleep(3000);
            double busy = meter.usage().busy();
            if (Double.isNaN(busy) || busy <= maxBusy || System.nanoTime() > deadline) {
                return busy;
            }
            if (!told) {
                log.accept(String.format(Locale.ROOT, "the machine is %.0f %% busy (another build?); waiting up to %d s",
                        busy * 100, timeoutSeconds));
                told = true;
            }
        }
    }

    /** {total jiffies, idle jiffies, this process + its children}. */
    private static long[] snapshot() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long pid = ProcessHandle.current().pid();
            long ours = 0;
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path p : procs) {
                    long[] s = stat(p.resolve("stat"));
                    if (s != null && (s[0] == pid || s[1] == pid)) {
                        ours += s[2];
                    }
                }
            }
            return new long[] {total, idle, ours};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {pid, ppid, utime + stime}, or null if the process is gone. */
    private static long[] stat(Path file) {
        try {
            String s = Files.readString(file);
            String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(s.substring(0, s.indexOf(' ')));
            return new long[] {pid, Long.parseLong(rest[1]), Long.parseLong(rest[11]) + Long.parseLong(rest[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
