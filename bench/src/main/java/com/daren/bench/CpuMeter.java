package com.daren.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was over an interval, from /proc: all cores together, and how much of that was neither this
 * JVM (app plus load generator) nor its child processes (the embedded redis-server), i.e. someone else's work that
 * disturbs the figures; and, when given one, how much a watched child process took (the load driver). NaN where
 * there is no /proc.
 */
final class CpuMeter {

    private final long watched;
    private final Snapshot start;

    /** Measures from now; {@code watchedPid} (0 for none) is one of our children whose share is told apart. */
    CpuMeter(long watchedPid) {
        this.watched = watchedPid;
        this.start = Snapshot.take(watchedPid);
    }

    CpuMeter() {
        this(0);
    }

    /**
     * Shares of all cores (0..1) since construction: busy in all, busy with other processes than ours, and busy
     * with the watched process (part of ours; NaN if none was watched).
     */
    record Usage(double busy, double others, double watched) {
        static final Usage UNKNOWN = new Usage(Double.NaN, Double.NaN, Double.NaN);

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f %% busy, %.0f %% by the load driver, %.0f %% by other processes",
                    busy * 100, watched * 100, others * 100);
        }
    }

    Usage usage() {
        Snapshot end = Snapshot.take(watched);
        if (start == null || end == null || end.total <= start.total) {
            return Usage.UNKNOWN;
        }
        long all = end.total - start.total;
        long busy = (end.total - end.idle) - (start.total - start.idle);
        long ours = (end.self - start.self) + (end.children - start.children);
        return new Usage((double) busy / all, Math.max(0, (double) (busy - ours) / all),
                watched == 0 ? Double.NaN : (double) (end.watched - start.watched) / all);
    }

    /** Busy share of all cores since construction, 0..1. */
    double busy() {
        Snapshot end = Snapshot.take(watched);
        if (start == null || end == null || end.total <= start.total) {
            return Double.NaN;
        }
        return (double) ((end.total - end.idle) - (start.total - start.idle)) / (end.total - start.total);
    }

    /**
     * Waits until other processes leave the machine alone (busy below {@code maxBusy} over two 3 s windows in a row), up to
     * {@code timeoutSeconds}; returns the last busy share seen.
     */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, java.util.function.Consumer<String> log) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        boolean told = false;
        int quietWindows = 0;
        while (true) {
            CpuMeter meter = new CpuMeter();
            sleep(3000);
            double busy = meter.busy();
            quietWindows = busy <= maxBusy ? quietWindows + 1 : 0;
            // Two quiet windows in a row: a build between two of its steps is not quiet.
            if (Double.isNaN(busy) || quietWindows >= 2 || System.nanoTime() > deadline) {
                return busy;
            }
            if (!told && busy > maxBusy) {
                log.accept(String.format(java.util.Locale.ROOT,
                        "the machine is %.0f %% busy (another build?); waiting up to %d s for it to quieten",
                        busy * 100, timeoutSeconds));
                told = true;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Jiffies (USER_HZ): machine total and idle, this process's, its children's and the watched one's user+system time. */
    private record Snapshot(long total, long idle, long self, long children, long watched) {

        static Snapshot take(long watchedPid) {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long pid = ProcessHandle.current().pid();
                long self = 0;
                long children = 0;
                long watched = 0;
                try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                    for (Path p : procs) {
                        long[] stat = stat(p.resolve("stat"));
                        if (stat == null) {
                            continue;
                        }
                        if (stat[0] == pid) {
                            self = stat[2];
                        } else if (stat[1] == pid) {
                            children += stat[2];
                        }
                        if (stat[0] == watchedPid) {
                            watched = stat[2];
                        }
                    }
                }
                return new Snapshot(total, idle, self, children, watched);
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
}
