package com.daren.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the callback benchmark end to end at low load for about a second a phase, so the harness cannot rot:
 * the app starts, both endpoints answer correctly under load, and the report section is written beside others.
 * Says nothing about performance.
 */
class CallbackBenchmarkSmokeTest {

    @Test
    void runsEveryPhaseAndWritesItsSection(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Something else\n\nkept as it is\n");
        CallbackBenchmark.Options options = CallbackBenchmark.Options.parse(new String[] {
                "--initial-warmup=0s", "--warmup=300ms", "--measure=1s", "--concurrency=2", "--open-warmup=300ms", "--open=1s",
                "--senders=4", "--decrypt-every=5", "--quiet-wait=0s", "--max-tries=1", "--rate-guess=200", "--doc=" + doc});

        CallbackBenchmark.Results results = CallbackBenchmark.run(options);

        assertThat(results.errors()).isZero();
        assertThat(results.decrypted()).isPositive();
        assertThat(results.peakThroughput(CallbackBenchmark.BASELINE)).isPositive();
        assertThat(results.peakThroughput(CallbackBenchmark.FULL)).isPositive();
        assertThat(results.openLoop(CallbackBenchmark.FULL).completed()).isPositive();
        assertThat(results.openLoopP99Millis(CallbackBenchmark.FULL)).isPositive();
        assertThat(results.openLoopP99Millis(CallbackBenchmark.BASELINE)).isPositive();

        String section = new BenchmarkReport(options, results).section();
        DocSection.write(doc, BenchmarkReport.HEADING, section);
        String written = Files.readString(doc);
        assertThat(written).contains("## Something else\n\nkept as it is", BenchmarkReport.HEADING,
                "| **Peak throughput** (req/s, best C) |", CallbackBenchmark.COMMAND, DocSection.KEEP_MARKER);
    }
}
