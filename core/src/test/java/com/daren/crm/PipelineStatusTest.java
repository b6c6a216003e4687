package com.daren.crm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pipeline move, allowed or not, in one table: the rows are the whole transition rule. */
class PipelineStatusTest {

    @ParameterizedTest(name = "{0} may move to: {1}")
    @CsvSource(delimiter = ';', value = {
            "prospect;     contacted inactive opted_out",
            "contacted;    negotiating unresponsive inactive opted_out",
            "negotiating;  active contacted inactive opted_out",
            "active;       paused inactive opted_out",
            "paused;       active inactive opted_out",
            "inactive;     prospect contacted opted_out",
            "unresponsive; prospect contacted negotiating inactive opted_out",
            "opted_out;    ''"})
    void eachStatusMovesOnlyWhereTheTableSays(String from, String allowed) {
        PipelineStatus status = PipelineStatus.parse(from).orElseThrow();
        Set<PipelineStatus> expected = allowed.isBlank() ? EnumSet.noneOf(PipelineStatus.class)
                : Arrays.stream(allowed.trim().split("\\s+")).map(s -> PipelineStatus.parse(s).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PipelineStatus.class)));
        for (PipelineStatus to : PipelineStatus.values()) {
            assertThat(status.canMoveTo(to)).as(from + " → " + to.id()).isEqualTo(expected.contains(to));
        }
        assertThat(status.allowedMoves()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"合作中, ACTIVE", "opted-out, OPTED_OUT", "Negotiating, NEGOTIATING", "未回复, UNRESPONSIVE"})
    void statusesAreReadInEnglishOrChinese(String text, PipelineStatus expected) {
        assertThat(PipelineStatus.parse(text)).contains(expected);
    }
}
