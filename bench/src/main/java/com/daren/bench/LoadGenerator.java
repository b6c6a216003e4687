package com.daren.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives a {@link Target} over real HTTP/1.1 keep-alive connections ({@link HttpConnection}, one per sending
 * thread), with requests built ahead. Runs in the load driver's own JVM ({@link LoadDriver}), so that its threads,
 * garbage and safepoints are not the server's. Latencies are recorded in microseconds.
 */
final class LoadGenerator {

    /** Enough for a 10 s timeout, 3 significant digits. */
    static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(60);
    /** A phase never builds more requests ahead than this; beyond it they are built while sending (and counted). */
    private static final int MAX_PREBUILT = 1_500_000;

    private final int decryptEvery;
    private final java.util.function.Consumer<String> log;
    /**
     * The highest closed-loop rate seen so far per target (req/s), to size the requests built ahead; a first guess
     * before. Per target: one endpoint may be twice as fast as the other.
     */
    private final java.util.Map<String, Double> bestRate = new java.util.concurrent.ConcurrentHashMap<>();
    private final double rateGuess;

    /** @param rateGuess req/s to build requests for until a closed-loop phase of the target has measured better */
    LoadGenerator(int decryptEvery, double rateGuess, java.util.function.Consumer<String> log) {
        this.decryptEvery = decryptEvery;
        this.rateGuess = rateGuess;
        this.log = log;
    }

    /** Closed loop: each result of {@link #closedLoop}; {@code cpu} is filled in by whoever watched the machine. */
    record ClosedLoopResult(String target, int concurrency, long completed, double seconds, double throughput,
                            Histogram latency, Outcomes outcomes, long builtWhileSending, CpuMeter.Usage cpu) {

        ClosedLoopResult withCpu(CpuMeter.Usage usage) {
            return new ClosedLoopResult(target, concurrency, completed, seconds, throughput, latency, outcomes,
                    builtWhileSending, usage);
        }
    }

    /** Open loop: each result of {@link #openLoop}; {@code cpu} is filled in by whoever watched the machine. */
    record OpenLoopResult(String target, double targetRate, long completed, double seconds, double achievedRate,
                          Histogram latency, Histogram sendLateness, Outcomes outcomes, CpuMeter.Usage cpu) {

        OpenLoopResult withCpu(CpuMeter.Usage usage) {
            return new OpenLoopResult(target, targetRate, completed, seconds, achievedRate, latency, sendLateness,
                    outcomes, usage);
        }
    }

    /**
     * Peak throughput: {@code concurrency} workers, each on its own connection, send, wait for the answer, and send
     * the next. A warm-up, then the measurement, each with requests built beforehand for the best rate seen so far;
     * past those, requests are built while sending, and counted. {@code measuring} runs just before the measurement.
     */
    ClosedLoopResult closedLoop(Target target, int concurrency, Duration warmup, Duration measure, Runnable measuring) {
        List<HttpConnection> connections = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            connections.add(target.connect());
        }
        try {
            if (!warmup.isZero()) {
                Source warmSource = new Source(target, build(target, expected(target, warmup)));
                RunResult warm = runClosed(target, warmSource, connections, warmup, new Outcomes(target, decryptEvery));
                bestRate.merge(target.name(), warm.completed / warm.seconds, Math::max);
            }
            Source source = new Source(target, build(target, expected(target, measure)));
            Outcomes outcomes = new Outcomes(target, decryptEvery);
            measuring.run();
            RunResult run = runClosed(target, source, connections, measure, outcomes);
            bestRate.merge(target.name(), run.completed / run.seconds, Math::max);
            return new ClosedLoopResult(target.name(), concurrency, run.completed, run.seconds,
                    run.completed / run.seconds, run.latency, outcomes, source.builtWhileSending(), CpuMeter.Usage.UNKNOWN);
        } finally {
            connections.forEach(HttpConnection::close);
        }
    }

    /** Requests to build ahead for a closed-loop run: twice as many as the target's best rate so far needs. */
    private int expected(Target target, Duration d) {
        double rate = Math.max(rateGuess, bestRate.getOrDefault(target.name(), 0.0));
        return (int) Math.min(MAX_PREBUILT, Math.ceil(rate * seconds(d) * 2) + 200);
    }

    private byte[][] build(Target target, int n) {
        long t0 = System.nanoTime();
        byte[][] requests = target.prebuild(n);
        // Settle the heap: the requests just built go to the old generation now instead of being copied by the
        // young collections while measuring, and the garbage of building them is gone.
        System.gc();
        log.accept(String.format(java.util.Locale.ROOT, "  built %,d requests in %.1f s", n, (System.nanoTime() - t0) / 1e9));
        return requests;
    }

    private record RunResult(long completed, double seconds, Histogram latency) {
    }

    private RunResult runClosed(Target target, Source source, List<HttpConnection> connections, Duration duration,
                                Outcomes outcomes) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicLong completed = new AtomicLong();
        AtomicLong lastDone = new AtomicLong(start);
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections.size(); w++) {
            Histogram histogram = new Histogram(MAX_MICROS, 3);
            histograms.add(histogram);
            HttpConnection connection = connections.get(w);
            workers.add(daemon("load-" + target.name() + "-" + w, () -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    byte[] request = source.next();
                    long t0 = System.nanoTime();
                    send(connection, request, outcomes);
                    long t1 = System.nanoTime();
                    histogram.recordValue(Math.min(MAX_MICROS, Math.max(1, (t1 - t0) / 1_000)));
                    n++;
                }
                completed.addAndGet(n);
                lastDone.accumulateAndGet(System.nanoTime(), Math::max);
            }));
        }
        joinAll(workers);
        Histogram latency = new Histogram(MAX_MICROS, 3);
        histograms.forEach(latency::add);
        return new RunResult(completed.get(), (lastDone.get() - start) / 1e9, latency);
    }

    /**
     * Fixed-rate (open loop) load: request i is due at start + i/rate whatever happened to earlier ones, and its
     * latency runs from that intended time, so a stall counts against every request it delays (no coordinated
     * omission). {@code senders} threads, each on its own connection, take due requests in order; if all are busy,
     * sends start late and that lateness is part of the latency. The warm-up's requests are sent on the same
     * schedule but not recorded; {@code measuring} runs when the first measured request is due.
     */
    OpenLoopResult openLoop(Target target, double rate, Duration warmup, Duration measure, int senders,
                            Runnable measuring) {
        int warmCount = (int) Math.round(rate * seconds(warmup));
        int total = warmCount + (int) Math.round(rate * seconds(measure));
        byte[][] requests = build(target, total);
        double periodNanos = 1e9 / rate;
        Outcomes outcomes = new Outcomes(target, decryptEvery);
        Outcomes warmOutcomes = new Outcomes(target, decryptEvery);
        AtomicInteger next = new AtomicInteger();
        List<Histogram> latencies = new ArrayList<>();
        List<Histogram> latenesses = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<HttpConnection> connections = new ArrayList<>();
        AtomicLong lastDone = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureStart = start + Math.round(warmCount * periodNanos);
        for (int s = 0; s < senders; s++) {
            Histogram latency = new Histogram(MAX_MICROS, 3);
            Histogram lateness = new Histogram(MAX_MICROS, 3);
            latencies.add(latency);
            latenesses.add(lateness);
            HttpConnection connection = target.connect();
            connections.add(connection);
            threads.add(daemon("open-" + target.name() + "-" + s, () -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long intended = start + Math.round(i * periodNanos);
                    long wait;
                    while ((wait = intended - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    long sentAt = System.nanoTime();
                    if (i == warmCount) {
                        measuring.run();
                    }
                    send(connection, requests[i], i < warmCount ? warmOutcomes : outcomes);
                    requests[i] = null; // let it go
                    long done = System.nanoTime();
                    if (i >= warmCount) {
                        latency.recordValue(Math.min(MAX_MICROS, Math.max(1, (done - intended) / 1_000)));
                        lateness.recordValue(Math.min(MAX_MICROS, Math.max(1, (sentAt - intended) / 1_000)));
                        lastDone.accumulateAndGet(done, Math::max);
                    }
                }
            }));
        }
        joinAll(threads);
        connections.forEach(HttpConnection::close);
        Histogram latency = new Histogram(MAX_MICROS, 3);
        latencies.forEach(latency::add);
        Histogram lateness = new Histogram(MAX_MICROS, 3);
        latenesses.forEach(lateness::add);
        long completed = total - warmCount;
        double secs = Math.max(1e-9, (lastDone.get() - measureStart) / 1e9);
        return new OpenLoopResult(target.name(), rate, completed, secs, completed / secs, latency, lateness,
                outcomes, CpuMeter.Usage.UNKNOWN);
    }

    private static void send(HttpConnection connection, byte[] request, Outcomes outcomes) {
        try {
            outcomes.check(connection.exchange(request));
        } catch (IOException | RuntimeException e) {
            outcomes.failed(e);
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for load threads", e);
            }
        }
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Requests built ahead, then built on the spot once they run out. */
    private static final class Source {
        private final Target target;
        private final byte[][] prebuilt;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicLong builtWhileSending = new AtomicLong();

        Source(Target target, byte[][] prebuilt) {
            this.target = target;
            this.prebuilt = prebuilt;
        }

        byte[] next() {
            int i = next.getAndIncrement();
            if (i < prebuilt.length) {
                byte[] r = prebuilt[i];
                prebuilt[i] = null;
                return r;
            }
            builtWhileSending.incrementAndGet();
            return target.newRequest();
        }

        long builtWhileSending() {
            return prebuilt.length == 0 ? 0 : builtWhileSending.get();
        }
    }
}
