package com.daren.bench.outreach;

import com.daren.bench.ProcStat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * CPU time from /proc over an interval: the whole machine, this JVM, and its child processes (the embedded
 * redis-server), so a phase can say where its time went and whether other processes disturbed it. NaN without /proc.
 */
final class CpuTime {

    private final ProcStat.Jiffies start = ProcStat.take(0);

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
        ProcStat.Jiffies end = ProcStat.take(0);
        if (start == null || end == null || end.total() <= start.total()) {
            return Usage.UNKNOWN;
        }
        long all = end.total() - start.total();
        long busy = (end.total() - end.idle()) - (start.total() - start.idle());
        long self = end.self() - start.self();
        long children = end.children() - start.children();
        return new Usage((double) busy / all, Math.max(0, (double) (busy - self - children) / all), self / ProcStat.HZ,
                children / ProcStat.HZ);
    }

    /** Waits (up to timeoutSeconds) until the machine is below maxBusy over 3 s; returns the last busy share seen. */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, Consumer<String> log) {
        return ProcStat.awaitQuiet(maxBusy, timeoutSeconds, 1, log);
    }

    static void sleep(long millis) {
        ProcStat.sleep(millis);
    }

    /**
     * The whole machine's busy share every 100 ms from a background thread, so a phase can be judged over exactly its
     * sending interval (first to last send) rather than from its start, which includes the wait for the due instant.
     */
    static final class Sampler implements AutoCloseable {
        private final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;

        Sampler() {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        long[] m = ProcStat.machine();
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
    }
}
