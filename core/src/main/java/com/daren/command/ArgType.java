package com.daren.command;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How an argument's text becomes a value; each conversion failure says what was expected, in both languages. */
public enum ArgType {
    /** Free text, kept as typed. */
    TEXT("文本", "text"),
    /** An influencer handle, with or without a leading {@code @}. */
    HANDLE("账号", "handle"),
    /** A non-negative whole number; accepts 12000, 12,000, 1.2w, 1.2万, 12k, 1.5m. */
    COUNT("数量", "number"),
    /** A ratio: 8% or 0.08 (a bare number above 1 is read as a percentage). */
    RATE("比例", "rate"),
    /** A comma-separated list (，and 、 too). */
    LIST("a,b", "a,b");

    private final String zhHint;
    private final String enHint;

    ArgType(String zhHint, String enHint) {
        this.zhHint = zhHint;
        this.enHint = enHint;
    }

    public String hint(Lang lang) {
        return lang == Lang.ZH ? zhHint : enHint;
    }

    /** Converts one value, or throws {@link BadArgumentException} saying what was expected. */
    public Object parse(String raw) {
        return convert(raw);
    }

    Object convert(String raw) {
        String value = raw.strip();
        return switch (this) {
            case TEXT -> value;
            case HANDLE -> handle(value);
            case COUNT -> count(value);
            case RATE -> rate(value);
            case LIST -> list(value);
        };
    }

    private static String handle(String value) {
        String handle = value.startsWith("@") ? value.substring(1) : value;
        if (handle.isEmpty() || handle.length() > 64 || handle.chars().anyMatch(Character::isWhitespace)) {
            throw new BadArgumentException(Text.of("账号应为 1–64 个字符、不含空格", "a handle is 1–64 characters without spaces"));
        }
        return handle;
    }

    private static long count(String value) {
        String v = value.replace(",", "").replace("，", "").toLowerCase(Locale.ROOT);
        BigDecimal multiplier = BigDecimal.ONE;
        if (v.endsWith("w") || v.endsWith("万")) {
            multiplier = BigDecimal.valueOf(10_000);
        } else if (v.endsWith("k") || v.endsWith("千")) {
            multiplier = BigDecimal.valueOf(1_000);
        } else if (v.endsWith("m")) {
            multiplier = BigDecimal.valueOf(1_000_000);
        } else if (v.endsWith("亿")) {
            multiplier = BigDecimal.valueOf(100_000_000);
        }
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            BigDecimal number = new BigDecimal(v).multiply(multiplier);
            if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
                throw new NumberFormatException();
            }
            return number.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadArgumentException(Text.of("应为非负整数，如 12000 或 1.2w", "expected a whole number such as 12000 or 12k"));
        }
    }

    private static double rate(String value) {
        String v = value.replace("％", "%");
        try {
            double number;
            if (v.endsWith("%")) {
                number = Double.parseDouble(v.substring(0, v.length() - 1)) / 100;
            } else {
                number = Double.parseDouble(v);
                if (number > 1) {
                    number = number / 100;
                }
            }
            if (Double.isNaN(number) || number < 0 || number > 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadArgumentException(Text.of("应为 0–100% 的比例，如 8% 或 0.08", "expected a rate such as 8% or 0.08"));
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,，、]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
