package com.daren.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * CPU time as Linux's /proc counts it, in jiffies (USER_HZ): the machine's, this JVM's, its children's (the embedded
 * redis-server, a load driver) and one watched process's. The one reader behind every benchmark's CPU figures.
 */
public final class ProcStat {

    /** USER_HZ, the unit of /proc's jiffies on every Linux this runs on. */
    public static final double HZ = 100.0;

    private ProcStat() {
    }

    /**
     * @param total    machine total (user nice system idle iowait irq softirq steal, all cores)
     * @param idle     machine idle + iowait
     * @param self     this JVM's user + system time
     * @param children this JVM's child processes' user + system time
     * @param watched  the watched process's user + system time (0 if none)
     */
    public record Jiffies(long total, long idle, long self, long children, long watched) {

        /** Busy share of all cores between {@code start} and this, 0..1; NaN if no time passed. */
        public double busySince(Jiffies start) {
            return total <= start.total ? Double.NaN
                    : (double) ((total - idle) - (start.total - start.idle)) / (total - start.total);
        }
    }

    /** Now, or null without /proc. {@code watchedPid} 0 watches nothing. */
    public static Jiffies take(long watchedPid) {
        try {
            long[] machine = machine();
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
            return new Jiffies(machine[0], machine[1], self, children, watched);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {machine total, machine idle}: the first line of /proc/stat only, cheap enough to sample every 100 ms. */
    public static long[] machine() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    /**
     * Waits until the machine is below {@code maxBusy} over {@code windows} 3 s windows in a row (two keep a build
     * between two of its steps from passing for quiet), up to {@code timeoutSeconds}; returns the last busy share.
     */
    public static double awaitQuiet(double maxBusy, long timeoutSeconds, int windows, Consumer<String> log) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        boolean told = false;
        int quiet = 0;
        while (true) {
            Jiffies start = take(0);
            sleep(3000);
            Jiffies end = take(0);
            double busy = start == null || end == null ? Double.NaN : end.busySince(start);
            quiet = busy <= maxBusy ? quiet + 1 : 0;
            if (Double.isNaN(busy) || quiet >= windows || System.nanoTime() > deadline) {
                return busy;
            }
            if (!told && busy > maxBusy) {
                log.accept(String.format(Locale.ROOT,
                        "the machine is %.0f %% busy (another build?); waiting up to %d s for it to quieten",
                        busy * 100, timeoutSeconds));
                told = true;
            }
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
