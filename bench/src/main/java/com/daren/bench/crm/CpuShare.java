package com.daren.bench.crm;

import com.daren.bench.ProcStat;

import java.util.Locale;

/**
 * How busy the machine was while a phase ran, from /proc: all cores together, and the part used by other processes
 * than this JVM and its children (the embedded redis-server): someone else's work that disturbs the figures.
 * NaN where there is no /proc.
 */
final class CpuShare {

    private final ProcStat.Jiffies start = ProcStat.take(0);

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
        ProcStat.Jiffies end = ProcStat.take(0);
        if (start == null || end == null || end.total() <= start.total()) {
            return Usage.UNKNOWN;
        }
        double all = end.total() - start.total();
        double busy = (end.total() - end.idle()) - (start.total() - start.idle());
        double ours = (end.self() + end.children()) - (start.self() + start.children());
        return new Usage(busy / all, Math.max(0, (busy - ours) / all));
    }

    /** Waits (up to {@code timeoutSeconds}) until the machine is less than {@code maxBusy} busy over 3 s. */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, java.util.function.Consumer<String> log) {
        return ProcStat.awaitQuiet(maxBusy, timeoutSeconds, 1, log);
    }
}
