package com.daren.bench.brief;

import com.daren.bench.DocSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the brief benchmark small (60 groups, 6 feeds of 30 items) so the harness cannot rot: every group gets
 * exactly one brief, the rate limit shapes the schedule, the baseline renders its briefs, the section is written.
 * Says nothing about performance.
 */
class BriefBenchmarkSmokeTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyGroupGetsExactlyOneBriefWithinTheRateLimitAndTheSectionIsWritten(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Something else\n\nkept as it is\n");
        BriefBenchmark.Options options = BriefBenchmark.Options.parse("--groups=60", "--sources=6", "--items=30",
                "--baseline-groups=5", "--per-second=10", "--threads=4", "--doc=" + doc);

        BriefBenchmark.Results results = BriefBenchmark.run(options);

        assertThat(results.daren().groupsServedOnce()).isEqualTo(60);
        assertThat(results.daren().duplicates()).isZero();
        assertThat(results.daren().sendsBySecond().values()).allMatch(n -> n <= 10);
        assertThat(results.daren().sendsBySecond().keySet().stream().mapToLong(Long::longValue).max().orElse(0))
                .as("60 briefs at 10 a second take at least 5 s").isGreaterThanOrEqualTo(5);
        assertThat(results.daren().poolItems()).as("6 × 30 items, re-posts merged").isLessThan(180).isGreaterThan(100);
        assertThat(results.baseline().briefs()).isEqualTo(5);
        assertThat(results.speedUp()).isPositive();

        DocSection.write(doc, BriefBenchmark.HEADING, BriefReport.section(results));
        assertThat(Files.readString(doc)).contains("## Something else\n\nkept as it is", BriefBenchmark.HEADING,
                "| **speed-up** |", "| 08:30 |", BriefBenchmark.COMMAND);
    }
}
