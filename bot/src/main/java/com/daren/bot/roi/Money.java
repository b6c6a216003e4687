package com.daren.bot.roi;

import com.daren.command.BadArgumentException;
import com.daren.command.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Yuan amounts as operators type them ({@code 2000}, {@code ¥2,000}, {@code 2000元}, {@code 3w}, {@code 1.5万}, {@code 2k}). */
final class Money {

    private static final BigDecimal MAX = BigDecimal.valueOf(10_000_000_000L);

    private Money() {
    }

    /** A positive amount, at most two decimals kept; a usage error naming {@code what} otherwise. */
    static BigDecimal parse(String raw, Text what) {
        String v = raw.strip().toLowerCase(Locale.ROOT)
                .replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("rmb", "");
        if (v.endsWith("元") || v.endsWith("块")) {
            v = v.substring(0, v.length() - 1);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        if (v.endsWith("w") || v.endsWith("万")) {
            multiplier = BigDecimal.valueOf(10_000);
        } else if (v.endsWith("k") || v.endsWith("千")) {
            multiplier = BigDecimal.valueOf(1_000);
        }
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            if (!v.matches("\\d+(\\.\\d+)?")) {
                throw new NumberFormatException(v);
            }
            BigDecimal amount = new BigDecimal(v).multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
            if (amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
                throw new NumberFormatException(v);
            }
            return amount.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new BadArgumentException(Text.of(
                    what.zh() + "「" + raw + "」应为大于 0 的金额（元），如 2000、2k 或 1.5万",
                    what.en() + " '" + raw + "' should be an amount in yuan above 0, such as 2000, 2k or 15000"));
        }
    }

    /** {@code ¥2,000}, {@code ¥149.9}. */
    static String format(BigDecimal amount) {
        return "¥" + number(amount, 2);
    }

    /** Grouped digits with at most {@code decimals} decimals: 15,000 · 3,703.5 · 0.6. */
    static String number(BigDecimal value, int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
