package com.daren.crm;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an influencer stands in the pipeline (PRODUCT.md), with the one table of allowed moves: every status change
 * anywhere in Daren goes through {@link #canMoveTo}.
 */
public enum PipelineStatus {
    PROSPECT("待联系"),
    CONTACTED("已联系"),
    NEGOTIATING("洽谈中"),
    ACTIVE("合作中"),
    PAUSED("暂停"),
    INACTIVE("不活跃"),
    UNRESPONSIVE("未回复"),
    OPTED_OUT("已退订");

    private static final Map<PipelineStatus, Set<PipelineStatus>> ALLOWED = Map.of(
            PROSPECT, EnumSet.of(CONTACTED, INACTIVE, OPTED_OUT),
            CONTACTED, EnumSet.of(NEGOTIATING, UNRESPONSIVE, INACTIVE, OPTED_OUT),
            NEGOTIATING, EnumSet.of(ACTIVE, CONTACTED, INACTIVE, OPTED_OUT),
            ACTIVE, EnumSet.of(PAUSED, INACTIVE, OPTED_OUT),
            PAUSED, EnumSet.of(ACTIVE, INACTIVE, OPTED_OUT),
            INACTIVE, EnumSet.of(PROSPECT, CONTACTED, OPTED_OUT),
            // They answered after all, or the team tries again later.
            UNRESPONSIVE, EnumSet.of(PROSPECT, CONTACTED, NEGOTIATING, INACTIVE, OPTED_OUT),
            // Never contact again: no way back out.
            OPTED_OUT, EnumSet.noneOf(PipelineStatus.class));

    private final String zh;

    PipelineStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(PipelineStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<PipelineStatus> allowedMoves() {
        Set<PipelineStatus> moves = ALLOWED.get(this);
        return moves.isEmpty() ? EnumSet.noneOf(PipelineStatus.class) : EnumSet.copyOf(moves);
    }

    /** Reads {@code active}, {@code opted-out}, or the Chinese name ({@code 合作中}). */
    public static Optional<PipelineStatus> parse(String text) {
        String t = text.strip().replace('-', '_');
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t) || s.zh.equals(t))
                .findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(PipelineStatus::id).toList());
    }
}
