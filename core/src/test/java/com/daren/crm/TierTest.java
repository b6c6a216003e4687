package com.daren.crm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TierTest {

    @ParameterizedTest(name = "{0} followers is {1}")
    @CsvSource({
            "0, NANO", "999, NANO",
            "1000, MICRO", "9999, MICRO",
            "10000, MID", "99999, MID",
            "100000, MACRO", "499999, MACRO",
            "500000, MEGA", "80000000, MEGA"
    })
    void tierFollowsTheFollowerBoundaries(long followers, Tier expected) {
        assertThat(Tier.of(followers)).isEqualTo(expected);
    }

    @Test
    void tierNamesAreReadInAnyCase() {
        assertThat(Tier.parse("micro")).contains(Set.of(Tier.MICRO));
        assertThat(Tier.parse(" Mid ")).contains(Set.of(Tier.MID));
        assertThat(Tier.parse("MEGA")).contains(Set.of(Tier.MEGA));
    }

    @Test
    void waistBandIsTheMidTier() {
        assertThat(Tier.parse("腰部")).contains(Set.of(Tier.MID));
    }

    @Test
    void tailBandIsNanoAndMicro() {
        assertThat(Tier.parse("尾部")).contains(Set.of(Tier.NANO, Tier.MICRO));
    }

    @Test
    void headBandIsMacroAndMega() {
        assertThat(Tier.parse("头部")).contains(Set.of(Tier.MACRO, Tier.MEGA));
    }

    @Test
    void anythingElseIsNotATier() {
        assertThat(Tier.parse("huge")).isEmpty();
        assertThat(Tier.parse("")).isEmpty();
    }

    @Test
    void eachTierNamesItsBand() {
        assertThat(Tier.MID.band()).isEqualTo("腰部");
        assertThat(Tier.NANO.band()).isEqualTo("尾部");
        assertThat(Tier.MEGA.band()).isEqualTo("头部");
    }
}
