package com.daren.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ArgTypeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12000   | 12000
            '12,000' | 12000
            12，000  | 12000
            1.2w    | 12000
            1.2W    | 12000
            1.2万    | 12000
            12k     | 12000
            1.5m    | 1500000
            3亿      | 300000000
            0       | 0
            ' 800 ' | 800
            """)
    void countAcceptsTheWaysOperatorsWriteFollowerNumbers(String raw, long expected) {
        assertThat(ArgType.COUNT.convert(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"-5", "-1.2w", "lots", "", "w", "1.2.3", "12kk", "NaN", "200亿"})
    void countRefusesNegativesAndGarbage(String raw) {
        assertThatThrownBy(() -> ArgType.COUNT.convert(raw))
                .isInstanceOfSatisfying(BadArgumentException.class, e -> {
                    assertThat(e.problem().zh()).contains("非负整数");
                    assertThat(e.problem().en()).contains("whole number");
                });
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8%    | 0.08
            8％    | 0.08
            0.08  | 0.08
            8     | 0.08
            12.5% | 0.125
            100%  | 1.0
            0     | 0.0
            """)
    void rateAcceptsPercentagesAndFractions(String raw, double expected) {
        assertThat((double) ArgType.RATE.convert(raw)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"150%", "150", "-8%", "-0.5", "high", "%", "NaN"})
    void rateRefusesAnythingOutsideZeroToOneHundredPercent(String raw) {
        assertThatThrownBy(() -> ArgType.RATE.convert(raw))
                .isInstanceOfSatisfying(BadArgumentException.class,
                        e -> assertThat(e.problem().en()).contains("rate"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"@lily, lily", "lily_chen, lily_chen", "@小红薯123, 小红薯123", "' @lily ', lily"})
    void handleDropsTheLeadingAtSign(String raw, String expected) {
        assertThat(ArgType.HANDLE.convert(raw)).isEqualTo(expected);
    }

    @Test
    void handleWithSpacesIsRefused() {
        assertThatThrownBy(() -> ArgType.HANDLE.convert("lily chen")).isInstanceOf(BadArgumentException.class);
    }

    @Test
    void handleOfOnlyAnAtSignOrLongerThan64CharactersIsRefused() {
        assertThatThrownBy(() -> ArgType.HANDLE.convert("@")).isInstanceOf(BadArgumentException.class);
        assertThatThrownBy(() -> ArgType.HANDLE.convert("x".repeat(65))).isInstanceOf(BadArgumentException.class);
        assertThat(ArgType.HANDLE.convert("x".repeat(64))).isEqualTo("x".repeat(64));
    }

    @Test
    void listSplitsOnAsciiAndChineseCommasAndEnumerationCommas() {
        assertThat(ArgType.LIST.convert("a,b，c、d")).isEqualTo(List.of("a", "b", "c", "d"));
    }

    @Test
    void listDropsDuplicatesAndEmptyItemsKeepingFirstOrder() {
        assertThat(ArgType.LIST.convert(" 美妆, 护肤,,美妆 、 穿搭 ")).isEqualTo(List.of("美妆", "护肤", "穿搭"));
    }

    @Test
    void textIsKeptAsTypedApartFromSurroundingSpace() {
        assertThat(ArgType.TEXT.convert("  loves  tea ")).isEqualTo("loves  tea");
    }
}
