package com.daren.bench.outreach;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * CPU time from /proc over an interval: the whole machine, this JVM, and its child processes (the embedded
 * redis-server), so a phase can say where its time went and whether other processes disturbed it. NaN without /proc.
 */
final class CpuTime {

    /** USER_HZ, the unit of /proc's jiffies on every Linux this runs on. */
    private static final double HZ = 100.0;

    private final Snapshot start = Snapshot.take();

    /**
     * @param busy     share of all cores busy (0..1)
     * @param others   share of all cores used by other processes than this JVM and its children
     * @param jvmCpuS  CPU seconds of this JVM (dispatcher, workers, HTTP client, fake WeChat server)
     * @param redisCpuS CPU seconds of the child processes (redis-server)
     */
    record Usage(double busy, double others, double jvmCpuS, double redisCpuS) {
        static final Usage UNKNOWN = new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f %% busy, %.0f %% others; JVM %.1f s, redis %.1f s CPU",
                    busy * 100, others * 100, jvmCpuS, redisCpuS);
        }
    }

    Usage usage() {
        Snapshot end = Snapshot.take();
        if (start == null || end == null || end.total <= start.total) {
            return Usage.UNKNOWN;
        }
        long all = end.total - start.total;
        long busy = (end.total - end.idle) - (start.total - start.idle);
        long self = end.self - start.self;
        long children = end.children - start.children;
        return new Usage((double) busy / all, Math.max(0, (double) (busy - self - children) / all), self / HZ,
                children / HZ);
    }

    /** Waits (up to timeoutSeconds) until the machine is below maxBusy over 3 s; returns the last busy share seen. */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, Consumer<String> log) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        boolean told = false;
        while (true) {
            CpuTime meter = new CpuTime();
            sleep(3000);
            double busy = meter.usage().busy();
            if (Double.isNaN(busy) || busy <= maxBusy || System.nanoTime() > deadline) {
                return busy;
            }
            if (!told) {
                log.accept(String.format(Locale.ROOT, "the machine is %.0f %% busy (another build?); waiting up to %d s "
                        + "for it to quieten", busy * 100, timeoutSeconds));
                told = true;
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Jiffies: machine total and idle, this process's and its children's user+system time. */
    private record Snapshot(long total, long idle, long self, long children) {

        static Snapshot take() {
            try {
                long[] machine = Sampler.machine();
                long total = machine[0];
                long idle = machine[1];
                long pid = ProcessHandle.current().pid();
                long self = 0;
                long children = 0;
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
                    }
                }
                return new Snapshot(total, idle, self, children);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

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

    /**
     * The whole machine's busy share every 100 ms from a background thread, so a phase can be judged over exactly its
     * sending interval (first to last send) rather than from its start, which includes the wait for the due instant.
     */
    static final class Sampler implements AutoCloseable {
        private final java.util.List<long[]> samples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final Thread thread;

        Sampler() {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        long[] m = machine();
                        samples.add(new long[] {System.currentTimeMillis(), m[0], m[1]});
                    } catch (IOException | RuntimeException e) {
                        return; // no /proc: busy() answers NaN
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "cpu-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** Busy share of all cores between the samples nearest {@code fromMs} and {@code toMs}; NaN if unknown. */
        double busy(long fromMs, long toMs) {
            long[] a = null;
            long[] b = null;
            synchronized (samples) {
                for (long[] x : samples) {
                    if (x[0] <= fromMs) {
                        a = x;
                    }
                    if (b == null && x[0] >= toMs) {
                        b = x;
                    }
                }
            }
            if (a == null || b == null || b[1] <= a[1]) {
                return Double.NaN;
            }
            return (double) ((b[1] - b[2]) - (a[1] - a[2])) / (b[1] - a[1]);
        }

        @Override
        public void close() {
            thread.interrupt();
        }

        /** Machine total and idle jiffies. */
        static long[] machine() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        }
    }
}
