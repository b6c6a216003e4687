package com.daren.crm;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Follower tiers (PRODUCT.md): Nano < 1k · Micro 1k–10k · Mid 10k–100k · Macro 100k–500k · Mega 500k+. */
public enum Tier {
    NANO(0, "尾部"),
    MICRO(1_000, "尾部"),
    MID(10_000, "腰部"),
    MACRO(100_000, "头部"),
    MEGA(500_000, "头部");

    private final long minFollowers;
    private final String band;

    Tier(long minFollowers, String band) {
        this.minFollowers = minFollowers;
        this.band = band;
    }

    public static Tier of(long followers) {
        Tier tier = NANO;
        for (Tier t : values()) {
            if (followers >= t.minFollowers) {
                tier = t;
            }
        }
        return tier;
    }

    /** The fewest followers of this tier. */
    long minFollowers() {
        return minFollowers;
    }

    /** The operators' Chinese band: 头部 (macro, mega), 腰部 (mid), 尾部 (micro, nano). */
    public String band() {
        return band;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code micro}, {@code Mid}, or a band such as {@code 腰部} (which may stand for several tiers). */
    public static Optional<Set<Tier>> parse(String text) {
        String t = text.strip();
        for (Tier tier : values()) {
            if (tier.name().equalsIgnoreCase(t)) {
                return Optional.of(EnumSet.of(tier));
            }
        }
        EnumSet<Tier> band = EnumSet.noneOf(Tier.class);
        for (Tier tier : values()) {
            if (tier.band.equals(t)) {
                band.add(tier);
            }
        }
        return band.isEmpty() ? Optional.empty() : Optional.of(band);
    }
}
