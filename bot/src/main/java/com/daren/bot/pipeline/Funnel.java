package com.daren.bot.pipeline;

import com.daren.crm.PipelineStatus;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.daren.crm.PipelineStatus.ACTIVE;
import static com.daren.crm.PipelineStatus.CONTACTED;
import static com.daren.crm.PipelineStatus.INACTIVE;
import static com.daren.crm.PipelineStatus.NEGOTIATING;
import static com.daren.crm.PipelineStatus.OPTED_OUT;
import static com.daren.crm.PipelineStatus.PAUSED;
import static com.daren.crm.PipelineStatus.PROSPECT;
import static com.daren.crm.PipelineStatus.UNRESPONSIVE;

/**
 * The funnel from how many live records are in each status now. "Reached X or beyond" is read from the current
 * status alone:
 * <ul>
 *   <li>contacted or beyond = contacted, negotiating, active, paused, unresponsive (unresponsive records were
 *       contacted and never answered: exactly the outreach that did not convert);</li>
 *   <li>negotiating or beyond = negotiating, active, paused (they answered);</li>
 *   <li>active or beyond = active, paused (they became partners);</li>
 *   <li>prospect is not yet in the funnel; inactive and opted_out are left out of both sides of every rate,
 *       because the current status does not say how far they got (either can be reached from any stage), and
 *       are counted separately.</li>
 * </ul>
 * Outreach → response = negotiating or beyond ÷ contacted or beyond; response → partnership = active or beyond ÷
 * negotiating or beyond. A record moved back (negotiating → contacted) counts where it is now.
 */
record Funnel(Map<PipelineStatus, Long> counts) {

    static final Set<PipelineStatus> CONTACTED_OR_BEYOND = Collections.unmodifiableSet(
            EnumSet.of(CONTACTED, NEGOTIATING, ACTIVE, PAUSED, UNRESPONSIVE));
    static final Set<PipelineStatus> NEGOTIATING_OR_BEYOND = Collections.unmodifiableSet(
            EnumSet.of(NEGOTIATING, ACTIVE, PAUSED));
    static final Set<PipelineStatus> ACTIVE_OR_BEYOND = Collections.unmodifiableSet(EnumSet.of(ACTIVE, PAUSED));
    /** Left out of both rates: where they stopped is unknown. */
    static final Set<PipelineStatus> NOT_COUNTED = Collections.unmodifiableSet(EnumSet.of(INACTIVE, OPTED_OUT));
    /** Not yet contacted. */
    static final Set<PipelineStatus> NOT_STARTED = Collections.unmodifiableSet(EnumSet.of(PROSPECT));

    Funnel {
        EnumMap<PipelineStatus, Long> copy = new EnumMap<>(PipelineStatus.class);
        for (PipelineStatus status : PipelineStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            if (n < 0) {
                throw new IllegalArgumentException(status.id() + " count must not be negative");
            }
            copy.put(status, n);
        }
        counts = Collections.unmodifiableMap(copy);
    }

    long count(PipelineStatus status) {
        return counts.get(status);
    }

    long sum(Set<PipelineStatus> statuses) {
        return statuses.stream().mapToLong(counts::get).sum();
    }

    long total() {
        return sum(EnumSet.allOf(PipelineStatus.class));
    }

    Rate outreachToResponse() {
        return new Rate(sum(NEGOTIATING_OR_BEYOND), sum(CONTACTED_OR_BEYOND));
    }

    Rate responseToPartnership() {
        return new Rate(sum(ACTIVE_OR_BEYOND), sum(NEGOTIATING_OR_BEYOND));
    }

    /** {@code reached} of {@code from}; no value when {@code from} is zero. */
    record Rate(long reached, long from) {

        Rate {
            if (reached < 0 || from < 0 || reached > from) {
                throw new IllegalArgumentException("rate " + reached + "/" + from);
            }
        }

        boolean known() {
            return from > 0;
        }

        double value() {
            if (!known()) {
                throw new IllegalStateException("no rate without a denominator");
            }
            return reached / (double) from;
        }

        /** Exact: {@code reached / from >= target}, with no floating-point edge at 3/10 against 0.30. */
        boolean meets(BigDecimal target) {
            return known() && BigDecimal.valueOf(reached).compareTo(target.multiply(BigDecimal.valueOf(from))) >= 0;
        }
    }
}
