package com.daren.bench;

/**
 * How busy the machine was over an interval, from /proc: all cores together, and how much of that was neither this
 * JVM (app plus load generator) nor its child processes (the embedded redis-server), i.e. someone else's work that
 * disturbs the figures; and, when given one, how much a watched child process took (the load driver). NaN where
 * there is no /proc.
 */
final class CpuMeter {

    private final long watched;
    private final ProcStat.Jiffies start;

    /** Measures from now; {@code watchedPid} (0 for none) is one of our children whose share is told apart. */
    CpuMeter(long watchedPid) {
        this.watched = watchedPid;
        this.start = ProcStat.take(watchedPid);
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
        ProcStat.Jiffies end = ProcStat.take(watched);
        if (start == null || end == null || end.total() <= start.total()) {
            return Usage.UNKNOWN;
        }
        long all = end.total() - start.total();
        long busy = (end.total() - end.idle()) - (start.total() - start.idle());
        long ours = (end.self() - start.self()) + (end.children() - start.children());
        return new Usage((double) busy / all, Math.max(0, (double) (busy - ours) / all),
                watched == 0 ? Double.NaN : (double) (end.watched() - start.watched()) / all);
    }

    /** Busy share of all cores since construction, 0..1. */
    double busy() {
        ProcStat.Jiffies end = ProcStat.take(watched);
        return start == null || end == null ? Double.NaN : end.busySince(start);
    }

    /**
     * Waits until other processes leave the machine alone (busy below {@code maxBusy} over two 3 s windows in a row), up to
     * {@code timeoutSeconds}; returns the last busy share seen.
     */
    static double awaitQuiet(double maxBusy, long timeoutSeconds, java.util.function.Consumer<String> log) {
        return ProcStat.awaitQuiet(maxBusy, timeoutSeconds, 2, log);
    }
}
