package com.daren.outreach;

import java.util.Locale;
import java.util.Optional;

/** Which way a step reaches the influencer. */
public enum StepChannel {
    /** The influencer's best channel: WeCom external contact, else Official Account, else simulator. */
    PRIMARY,
    /** A different channel than the primary one if the influencer has one, else the primary. */
    SECOND,
    WECOM_EXTERNAL,
    MP,
    SIM;

    public static Optional<StepChannel> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
