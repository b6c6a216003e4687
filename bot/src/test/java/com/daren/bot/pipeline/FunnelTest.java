package com.daren.bot.pipeline;

import com.daren.crm.PipelineStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;

import static com.daren.crm.PipelineStatus.ACTIVE;
import static com.daren.crm.PipelineStatus.CONTACTED;
import static com.daren.crm.PipelineStatus.INACTIVE;
import static com.daren.crm.PipelineStatus.NEGOTIATING;
import static com.daren.crm.PipelineStatus.OPTED_OUT;
import static com.daren.crm.PipelineStatus.PAUSED;
import static com.daren.crm.PipelineStatus.PROSPECT;
import static com.daren.crm.PipelineStatus.UNRESPONSIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunnelTest {

    private static final Funnel FUNNEL = new Funnel(Map.of(PROSPECT, 40L, CONTACTED, 20L, UNRESPONSIVE, 10L,
            NEGOTIATING, 6L, ACTIVE, 5L, PAUSED, 1L, INACTIVE, 7L, OPTED_OUT, 3L));

    @Test
    void outreachToResponseIsNegotiatingOrBeyondOverContactedOrBeyond() {
        // contacted or beyond: 20 + 10 + 6 + 5 + 1 = 42; negotiating or beyond: 6 + 5 + 1 = 12
        assertThat(FUNNEL.outreachToResponse()).isEqualTo(new Funnel.Rate(12, 42));
    }

    @Test
    void responseToPartnershipIsActiveOrBeyondOverNegotiatingOrBeyond() {
        assertThat(FUNNEL.responseToPartnership()).isEqualTo(new Funnel.Rate(6, 12));
        assertThat(FUNNEL.responseToPartnership().value()).isEqualTo(0.5);
    }

    @Test
    void prospectsInactiveAndOptedOutAreInNeitherSideOfARate() {
        Funnel more = new Funnel(Map.of(CONTACTED, 20L, UNRESPONSIVE, 10L, NEGOTIATING, 6L, ACTIVE, 5L, PAUSED, 1L,
                PROSPECT, 1000L, INACTIVE, 1000L, OPTED_OUT, 1000L));
        assertThat(more.outreachToResponse()).isEqualTo(FUNNEL.outreachToResponse());
        assertThat(more.responseToPartnership()).isEqualTo(FUNNEL.responseToPartnership());
    }

    @Test
    void everyStatusIsEitherInTheFunnelOrExplicitlyLeftOut() {
        EnumSet<PipelineStatus> covered = EnumSet.noneOf(PipelineStatus.class);
        covered.addAll(Funnel.CONTACTED_OR_BEYOND);
        covered.addAll(Funnel.NOT_COUNTED);
        covered.addAll(Funnel.NOT_STARTED);
        assertThat(covered).isEqualTo(EnumSet.allOf(PipelineStatus.class));
        assertThat(Funnel.CONTACTED_OR_BEYOND).containsAll(Funnel.NEGOTIATING_OR_BEYOND);
        assertThat(Funnel.NEGOTIATING_OR_BEYOND).containsAll(Funnel.ACTIVE_OR_BEYOND);
        assertThat(Funnel.CONTACTED_OR_BEYOND).doesNotContainAnyElementsOf(Funnel.NOT_COUNTED);
    }

    @Test
    void aRateMeetsItsTargetExactlyAtTheTarget() {
        assertThat(new Funnel.Rate(3, 10).meets(new BigDecimal("0.30"))).isTrue();
        assertThat(new Funnel.Rate(29, 100).meets(new BigDecimal("0.30"))).isFalse();
        assertThat(new Funnel.Rate(1, 2).meets(new BigDecimal("0.5"))).isTrue();
        assertThat(new Funnel.Rate(0, 0).meets(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void anEmptyFunnelHasNoRateRatherThanZero() {
        Funnel empty = new Funnel(Map.of());
        assertThat(empty.total()).isZero();
        assertThat(empty.outreachToResponse().known()).isFalse();
        assertThatThrownBy(() -> empty.outreachToResponse().value()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ratesAreShownWithTheirTargetAndMark() {
        assertThat(PipelineCommand.rate(new Funnel.Rate(12, 42), new BigDecimal("0.30")))
                .containsEntry("percent", "28.6%").containsEntry("target", "30%").containsEntry("mark", "warn");
        assertThat(PipelineCommand.rate(new Funnel.Rate(6, 12), new BigDecimal("0.50")))
                .containsEntry("percent", "50%").containsEntry("mark", "ok");
        assertThat(PipelineCommand.rate(new Funnel.Rate(0, 0), new BigDecimal("0.50")))
                .containsEntry("percent", "").containsEntry("mark", "none");
    }

    @Test
    void thisMonthIsComparedWithLastForNewRecordsAndMovesIntoContactedNegotiatingAndActive() {
        MonthMoves moves = MonthMoves.compare(YearMonth.of(2026, 3),
                Map.of("new", 5L, "to:contacted", 4L, "to:active", 1L, "to:prospect", 5L),
                Map.of("new", 2L, "to:contacted", 4L, "to:negotiating", 3L));
        assertThat(moves.previous()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(moves.rows()).extracting(MonthMoves.Row::key)
                .containsExactly("new", "to:contacted", "to:negotiating", "to:active");
        assertThat(moves.rows()).extracting(MonthMoves.Row::signedChange).containsExactly("+3", "±0", "-3", "+1");
    }

    @Test
    void januaryIsComparedWithDecember() {
        assertThat(MonthMoves.compare(YearMonth.of(2026, 1), Map.of(), Map.of()).previous()).isEqualTo(YearMonth.of(2025, 12));
    }
}
