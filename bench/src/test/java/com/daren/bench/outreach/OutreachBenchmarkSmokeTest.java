package com.daren.bench.outreach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the outreach benchmark end to end at 1,000 enrolments (about 10 s), so the harness cannot rot: every phase
 * runs, every step is sent exactly once on both sides, the engine's state is right afterwards, and the section is
 * written beside the others. Says nothing about performance.
 */
class OutreachBenchmarkSmokeTest {

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS) // a hang guard for slow CI machines; locally it takes ~10 s
    void everyStepGoesOutExactlyOnceOnBothSidesAndTheSectionIsWritten(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Something else\n\nkept as it is\n");
        OutreachBenchmark.Options options = OutreachBenchmark.Options.parse("--enrolments=1000", "--warmup=0",
                "--limited-enrolments=100", "--limited-rate=50", "--limited-jitter=0s", "--app-startup=false", "--quiet-wait=0s", "--doc=" + doc);

        OutreachBenchmark.Results results = OutreachBenchmark.run(options);

        OutreachBenchmark.DarenRun daren = results.daren();
        assertThat(daren.completed()).isTrue();
        assertThat(daren.sends().exactlyOnce()).as("Daren: every step sent exactly once").isTrue();
        assertThat(daren.sends().once()).isEqualTo(1000);
        assertThat(daren.advanced()).as("enrolments moved on to step 2").isEqualTo(1000);
        assertThat(daren.statsSent()).isEqualTo(1000);
        assertThat(daren.leftLeased()).isZero();
        assertThat(daren.alerts()).isZero();
        assertThat(daren.sends().throughput()).isPositive();
        assertThat(daren.readyMs()).isBetween(0L, 10_000L);

        OutreachBenchmark.BaselineRun baseline = results.baseline();
        assertThat(baseline.completed()).isTrue();
        assertThat(baseline.sends().exactlyOnce()).as("baseline: every step sent exactly once").isTrue();
        assertThat(baseline.failures()).isZero();
        assertThat(baseline.sends().throughput()).isPositive();
        assertThat(baseline.heapBytesPerTrigger()).isPositive();

        OutreachBenchmark.DarenRun limited = results.limited();
        assertThat(limited.sends().exactlyOnce()).isTrue();
        assertThat(limited.sends().beyondLimit().getTotalCount()).isEqualTo(100);
        // 100 steps at 50/s: the limit alone pushes the last of them into a later calendar second than the due one.
        assertThat(limited.sends().lastMs() / 1000).isGreaterThan(limited.sends().dueMs() / 1000);
        assertThat(limited.firstSendAfterStartMs()).isBetween(0L, 10_000L);

        assertThat(results.memory().pendingStepBytes()).isBetween(100.0, 2_000.0);
        assertThat(results.memory().influencerBytes()).isPositive();

        String section = new OutreachReport(results).section();
        OutreachReport.writeSection(doc, OutreachBenchmark.HEADING, section);
        String written = Files.readString(doc);
        assertThat(written).contains("## Something else\n\nkept as it is", OutreachBenchmark.HEADING,
                "| **Sends/s** (first to last send) |", "**Lateness beyond the limit**", OutreachBenchmark.COMMAND,
                "end of generated figures");
    }
}
