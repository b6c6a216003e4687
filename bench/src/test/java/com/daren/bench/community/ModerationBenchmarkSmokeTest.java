package com.daren.bench.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the moderation benchmark end to end at a small scale so the harness cannot rot: the matcher catches every
 * violation the baseline catches and the disguised ones it misses, routing goes through the app, and the section is
 * written beside others. Says nothing about performance.
 */
class ModerationBenchmarkSmokeTest {

    @Test
    void runsEveryPartAndTheMatcherSeesWhatTheBaselineSees(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Something else\n\nkept as it is\n");
        ModerationBenchmark.Options options = ModerationBenchmark.Options.parse(new String[] {
                "--words=2000", "--group-words=20", "--messages=1000", "--rounds=1", "--baseline-messages=1000",
                "--routed=200", "--doc=" + doc});

        ModerationBenchmark.Results r = ModerationBenchmark.run(options);

        ModerationBenchmark.Agreement a = r.agreement();
        assertThat(a.plainViolations()).isPositive();
        assertThat(a.plainFoundByBoth()).isEqualTo(a.plainViolations());
        assertThat(a.disguisedFoundByMatcher()).isEqualTo(a.disguised());
        assertThat(a.disguisedFoundByBaseline()).isLessThan(a.disguised());
        assertThat(a.ordinaryFlagged()).isLessThan(a.ordinary() / 10);
        assertThat(r.matching().latencies().getTotalCount()).isEqualTo(1000);
        assertThat(r.baseline().latencies().getTotalCount()).isEqualTo(1000);
        assertThat(r.comparison().messages()).isEqualTo(1000);
        assertThat(r.comparison().cpuSpeedup()).isPositive();
        assertThat(r.comparison().wallSpeedup()).isPositive();
        assertThat(r.routing()).hasSize(2).allSatisfy(run -> assertThat(run.latencies().getTotalCount()).isEqualTo(200));
        assertThat(r.routedOutcomes()).containsKeys("MODERATED", "PASSED");

        com.daren.bench.DocSection.write(doc, ModerationBenchmark.HEADING, new ModerationReport(r).section());
        assertThat(Files.readString(doc)).contains("## Something else\n\nkept as it is", ModerationBenchmark.HEADING,
                ModerationBenchmark.COMMAND, "| Matching throughput ÷ naive", "### Moderation + routing through the app");
    }
}
