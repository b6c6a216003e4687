package com.daren.bench;

import com.daren.bench.LoadGenerator.ClosedLoopResult;
import com.daren.bench.LoadGenerator.OpenLoopResult;
import org.HdrHistogram.Histogram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The load generator in a JVM of its own, so that what is measured is the server and not the client's threads,
 * garbage and safepoints in the server's JVM. {@link #start} launches it (same class path, optionally pinned to
 * some CPUs with {@code taskset}) and drives it phase by phase over its stdin/stdout; {@link #main} is the driver's
 * side. Per phase the driver prints {@code @measuring} when the measured part begins (the caller's {@link CpuMeter}
 * starts there) and {@code @result} with the latency histograms (HdrHistogram, compressed, base64) and the
 * outcomes; any other line it prints is a log line.
 */
final class LoadDriver implements AutoCloseable {

    /** Heap for the requests built ahead; the serial collector, as the driver has few threads and little garbage. */
    static final List<String> JVM_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseSerialGC");

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final String cpus;

    private LoadDriver(Process process, String cpus, Consumer<String> log) {
        this.process = process;
        this.cpus = cpus;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("@")) {
                        replies.add(line);
                    } else {
                        log.accept("  driver: " + line.strip());
                    }
                }
            } catch (IOException e) {
                log.accept("  driver: output lost: " + e);
            } finally {
                replies.add("@gone");
            }
        }, "load-driver-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the driver JVM against the two endpoints.
     *
     * @param cpus {@code taskset -c} list to pin it to (e.g. "1"), or empty to leave it to the scheduler
     */
    static LoadDriver start(String baselineUrl, String fullUrl, int decryptEvery, double rateGuess, String cpus,
                            Consumer<String> log) {
        List<String> command = new ArrayList<>();
        if (!cpus.isBlank()) {
            command.addAll(List.of("taskset", "-c", cpus)); // taskset execs java: the pid stays the driver's
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadDriver.class.getName(),
                "--baseline-url=" + baselineUrl, "--full-url=" + fullUrl, "--decrypt-every=" + decryptEvery,
                "--rate-guess=" + rateGuess));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new LoadDriver(process, cpus, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the load driver: " + command, e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** For the report: how the driver's JVM ran, e.g. "`-Xmx1g …`, pinned to CPU 1 with `taskset -c 1`". */
    String description() {
        return "`" + String.join(" ", JVM_FLAGS) + "`"
                + (cpus.isBlank() ? ", not pinned to a CPU" : ", pinned to CPU " + cpus + " with `taskset -c " + cpus + "`");
    }

    ClosedLoopResult closedLoop(String target, int concurrency, Duration warmup, Duration measure) {
        return phase("closed " + target + " " + concurrency + " " + warmup.toMillis() + " " + measure.toMillis(),
                (fields, cpu) -> decodeClosed(fields).withCpu(cpu));
    }

    OpenLoopResult openLoop(String target, double rate, Duration warmup, Duration measure, int senders) {
        return phase("open " + target + " " + rate + " " + warmup.toMillis() + " " + measure.toMillis() + " " + senders,
                (fields, cpu) -> decodeOpen(fields).withCpu(cpu));
    }

    private <R> R phase(String command, java.util.function.BiFunction<String[], CpuMeter.Usage, R> result) {
        try {
            commands.write(command + "\n");
            commands.flush();
            CpuMeter meter = null;
            while (true) {
                String reply = replies.take();
                if (reply.equals("@measuring")) {
                    meter = new CpuMeter(pid());
                } else if (reply.startsWith("@result ")) {
                    CpuMeter.Usage cpu = meter == null ? CpuMeter.Usage.UNKNOWN : meter.usage();
                    return result.apply(reply.substring(8).split(" "), cpu);
                } else {
                    throw new IllegalStateException("load driver failed on \"" + command + "\": " + reply);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("load driver gone", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.close();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    // ------------------------------------------------------------------------------------ the driver's side

    public static void main(String[] args) throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("--baseline-url", "");
        defaults.put("--full-url", "");
        defaults.put("--decrypt-every", "100");
        defaults.put("--rate-guess", "1500");
        Map<String, String> v = BenchArgs.parse(args, defaults, "LoadDriver");
        Map<String, Target> targets = Map.of(
                CallbackBenchmark.BASELINE, Target.baseline(v.get("--baseline-url")),
                CallbackBenchmark.FULL, Target.full(v.get("--full-url")));
        PrintStream out = System.out;
        LoadGenerator load = new LoadGenerator(Integer.parseInt(v.get("--decrypt-every")),
                Double.parseDouble(v.get("--rate-guess")), out::println);
        Runnable measuring = () -> out.println("@measuring");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] f = line.split(" ");
            try {
                Target target = targets.get(f[1]);
                if (f[0].equals("closed")) {
                    out.println("@result " + encode(load.closedLoop(target, Integer.parseInt(f[2]),
                            Duration.ofMillis(Long.parseLong(f[3])), Duration.ofMillis(Long.parseLong(f[4])), measuring)));
                } else if (f[0].equals("open")) {
                    out.println("@result " + encode(load.openLoop(target, Double.parseDouble(f[2]),
                            Duration.ofMillis(Long.parseLong(f[3])), Duration.ofMillis(Long.parseLong(f[4])),
                            Integer.parseInt(f[5]), measuring)));
                } else {
                    out.println("@error unknown command: " + line);
                }
            } catch (RuntimeException e) {
                e.printStackTrace();
                out.println("@error " + e);
            }
        }
        System.exit(0); // the HTTP and load threads are daemons, but be sure
    }

    private static String encode(ClosedLoopResult r) {
        return String.join(" ", r.target(), Integer.toString(r.concurrency()), Long.toString(r.completed()),
                Double.toString(r.seconds()), Double.toString(r.throughput()), encode(r.latency()), r.outcomes().encode(),
                Long.toString(r.builtWhileSending()));
    }

    private static ClosedLoopResult decodeClosed(String[] f) {
        return new ClosedLoopResult(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), decode(f[5]), Outcomes.decode(f[6]), Long.parseLong(f[7]), CpuMeter.Usage.UNKNOWN);
    }

    private static String encode(OpenLoopResult r) {
        return String.join(" ", r.target(), Double.toString(r.targetRate()), Long.toString(r.completed()),
                Double.toString(r.seconds()), Double.toString(r.achievedRate()), encode(r.latency()),
                encode(r.sendLateness()), r.outcomes().encode());
    }

    private static OpenLoopResult decodeOpen(String[] f) {
        return new OpenLoopResult(f[0], Double.parseDouble(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), decode(f[5]), decode(f[6]), Outcomes.decode(f[7]), CpuMeter.Usage.UNKNOWN);
    }

    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int n = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), n));
    }

    private static Histogram decode(String b64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(b64)), 0);
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("unreadable histogram from the load driver", e);
        }
    }
}
