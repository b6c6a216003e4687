package com.daren.bench.crm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the influencer-database benchmark end to end at a small scale, so the harness cannot rot: records are
 * written, memory is measured, every list query gives the baseline's answer, the CSV imports (and imports again
 * without creating anything), and the section is written beside others. Says nothing about performance.
 */
class InfluencerDatabaseBenchmarkSmokeTest {

    @Test
    void runsEveryPhaseAndAgreesWithTheBaseline(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n## Something else\n\nkept as it is\n");
        InfluencerDatabaseBenchmark.Options options = InfluencerDatabaseBenchmark.Options.parse(new String[] {
                "--records=1000", "--import-rows=300", "--writers=4", "--list-runs=48", "--list-warmup=8",
                "--baseline-runs=1", "--memory-sample=50", "--settle=100ms", "--quiet-wait=0s", "--doc=" + doc});

        InfluencerDatabaseBenchmark.Results r = InfluencerDatabaseBenchmark.run(options);

        assertThat(r.writeErrors()).isZero();
        assertThat(r.bytesPerRecord()).isBetween(300.0, 10_000.0);
        assertThat(r.families()).allSatisfy(f -> assertThat(f.bytes()).isPositive());
        assertThat(r.queries()).hasSize(ListQuery.DEFAULT_MIX.size()).allSatisfy(q -> {
            assertThat(q.sameTotal()).as(q.detail()).isTrue();
            assertThat(q.samePage()).as(q.detail()).isTrue();
        });
        assertThat(r.queries()).anySatisfy(q -> assertThat(q.total()).isBetween(1L, 999L));
        assertThat(r.redisAll().getTotalCount()).isEqualTo(48);
        assertThat(r.listP95Millis()).isPositive();
        assertThat(r.baselineAll().getTotalCount()).isEqualTo(ListQuery.DEFAULT_MIX.size());
        assertThat(r.firstImport().summary().created()).isEqualTo(300);
        assertThat(r.firstImport().summary().rejectedCount()).isZero();
        assertThat(r.secondImport().summary().created()).isZero();
        assertThat(r.secondImport().summary().updated()).isZero();
        assertThat(r.secondImport().summary().unchanged()).isEqualTo(300);
        assertThat(r.liveAfterImport()).isEqualTo(1300);

        String section = new DatabaseReport(options, r).section();
        InfluencerDatabaseBenchmark.writeSection(doc, DatabaseReport.HEADING, section);
        String written = Files.readString(doc);
        assertThat(written).contains("## Something else\n\nkept as it is", DatabaseReport.HEADING,
                InfluencerDatabaseBenchmark.COMMAND, "| **Per record** |", "8 of 8");
    }

    @Test
    void readsTheListQueriesAsTheCommandDoes() {
        ListQuery q = ListQuery.parse("档位=腰部 状态=待联系,已联系 粉丝=50k+ 排序=粉丝 页=3");
        assertThat(q.query().tiers()).hasSize(1);
        assertThat(q.query().statuses()).hasSize(2);
        assertThat(q.query().followers().min()).isEqualTo(50_000.0);
        assertThat(q.query().followers().max()).isNull();
        assertThat(q.query().descending()).isFalse();
        assertThat(q.query().page()).isEqualTo(3);
        assertThat(q.query().pageSize()).isEqualTo(10);
    }
}
