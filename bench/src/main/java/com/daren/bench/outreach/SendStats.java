package com.daren.bench.outreach;

import com.daren.testkit.RecordedSend;
import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What arrived at the fake WeChat server, judged against what was due: exactly-once per recipient, lateness (arrival
 * at the fake server minus due time), throughput, and, for a rate-limited run, lateness beyond what the limit allows.
 *
 * @param expected       recipients that had a step due
 * @param sent           sends recorded for them
 * @param once           recipients who got exactly one message
 * @param missing        recipients who got none
 * @param duplicates     extra messages beyond the first, summed over recipients
 * @param unexpected     messages to recipients that had nothing due
 * @param lateness       µs, arrival minus due
 * @param firstMs        wall-clock ms of the first and last arrival
 * @param dueMs          the earliest due time
 * @param beyondLimit    µs, for a rate-limited run: the k-th arrival minus the k-th earliest moment the limit allows
 *                       (null without a limit)
 * @param maxInOneSecond most arrivals in one calendar second
 */
record SendStats(int expected, int sent, int once, int missing, long duplicates, int unexpected, Histogram lateness,
                 long firstMs, long lastMs, long dueMs, Histogram beyondLimit, int maxInOneSecond, int[] perSecond) {

    /** Arrivals in each calendar second from the due time's second on, e.g. "500 0 500 312 …" (for the log). */
    String timeline() {
        StringBuilder sb = new StringBuilder();
        for (int c : perSecond) {
            sb.append(sb.isEmpty() ? "" : " ").append(c);
        }
        return sb.toString();
    }

    private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(2);

    /** Sends per second between the first and the last arrival. */
    double throughput() {
        return sent <= 1 || lastMs <= firstMs ? Double.NaN : (sent - 1) * 1000.0 / (lastMs - firstMs);
    }

    /** Seconds from the (earliest) due time to the last arrival. */
    double makespanSeconds() {
        return (lastMs - dueMs) / 1000.0;
    }

    boolean exactlyOnce() {
        return once == expected && sent == expected && unexpected == 0 && duplicates == 0;
    }

    /**
     * @param dueMsByRecipient every recipient that had a step due, with its due time
     * @param perSecond        the configured rate limit, 0 for none worth modelling
     */
    static SendStats of(List<RecordedSend> sends, Map<String, Long> dueMsByRecipient, int perSecond) {
        Map<String, Integer> counts = new HashMap<>();
        Histogram lateness = new Histogram(MAX_MICROS, 3);
        long[] arrivals = new long[sends.size()];
        int unexpected = 0;
        int k = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        Map<Long, Integer> perSecondCounts = new TreeMap<>();
        for (RecordedSend s : sends) {
            long atMicros = TimeUnit.SECONDS.toMicros(s.at().getEpochSecond()) + s.at().getNano() / 1000;
            Long due = dueMsByRecipient.get(s.toUser());
            if (due == null) {
                unexpected++;
                continue;
            }
            counts.merge(s.toUser(), 1, Integer::sum);
            lateness.recordValue(Math.min(MAX_MICROS, Math.max(0, atMicros - due * 1000)));
            arrivals[k++] = atMicros;
            first = Math.min(first, atMicros / 1000);
            last = Math.max(last, atMicros / 1000);
            perSecondCounts.merge(atMicros / 1_000_000, 1, Integer::sum);
        }
        arrivals = Arrays.copyOf(arrivals, k);
        int once = 0;
        long duplicates = 0;
        for (int c : counts.values()) {
            if (c == 1) {
                once++;
            }
            duplicates += Math.max(0, c - 1);
        }
        long earliestDue = dueMsByRecipient.values().stream().mapToLong(Long::longValue).min().orElse(0);
        Histogram beyond = perSecond > 0 ? beyondLimit(arrivals, dueMsByRecipient, perSecond) : null;
        int maxInSecond = perSecondCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long dueSecond = Math.floorDiv(earliestDue, 1000);
        int[] timeline = new int[k == 0 ? 0 : (int) Math.max(0, Math.min(3600, last / 1000 - dueSecond + 1))];
        perSecondCounts.forEach((second, c) -> {
            long i = second - dueSecond;
            if (i >= 0 && i < timeline.length) {
                timeline[(int) i] = c;
            }
        });
        return new SendStats(dueMsByRecipient.size(), k, once, dueMsByRecipient.size() - counts.size(), duplicates,
                unexpected, lateness, k == 0 ? 0 : first, k == 0 ? 0 : last, earliestDue, beyond, maxInSecond, timeline);
    }

    /**
     * The limit counts sends per calendar second (OutreachLimits: one counter per epoch second). The earliest moment
     * the k-th send may go: take the due times in order, give each the first second (at or after its due second) with
     * fewer than {@code perSecond} sends, not before its due time. The k-th arrival is compared with the k-th such
     * moment; negative values (arrived sooner than the limit allows, which would be a limit violation) count as 0 here
     * and show up in the largest per-second count instead.
     */
    static Histogram beyondLimit(long[] arrivalsMicros, Map<String, Long> dueMs, int perSecond) {
        long[] dues = dueMs.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] allowedMicros = new long[dues.length];
        long second = Long.MIN_VALUE;
        int used = 0;
        for (int i = 0; i < dues.length; i++) {
            long dueSecond = Math.floorDiv(dues[i], 1000);
            if (dueSecond > second) {
                second = dueSecond;
                used = 0;
            }
            if (used == perSecond) {
                second++;
                used = 0;
            }
            used++;
            allowedMicros[i] = Math.max(dues[i], second * 1000) * 1000;
        }
        long[] arrivals = arrivalsMicros.clone();
        Arrays.sort(arrivals);
        Histogram h = new Histogram(MAX_MICROS, 3);
        for (int i = 0; i < Math.min(arrivals.length, allowedMicros.length); i++) {
            h.recordValue(Math.min(MAX_MICROS, Math.max(0, arrivals[i] - allowedMicros[i])));
        }
        return h;
    }
}
