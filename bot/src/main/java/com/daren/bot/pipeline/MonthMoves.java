package com.daren.bot.pipeline;

import com.daren.crm.PipelineStatus;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * This month against last: records added ("new") and moves into contacted, negotiating and active, from the
 * store's monthly counters (months in Asia/Shanghai).
 */
record MonthMoves(YearMonth month, List<Row> rows) {

    static final String NEW = "new";
    static final List<String> KEYS = List.of(NEW, to(PipelineStatus.CONTACTED), to(PipelineStatus.NEGOTIATING),
            to(PipelineStatus.ACTIVE));

    MonthMoves {
        rows = List.copyOf(rows);
    }

    static MonthMoves compare(YearMonth month, Map<String, Long> thisMonth, Map<String, Long> lastMonth) {
        return new MonthMoves(month, KEYS.stream()
                .map(key -> new Row(key, thisMonth.getOrDefault(key, 0L), lastMonth.getOrDefault(key, 0L)))
                .toList());
    }

    static String to(PipelineStatus status) {
        return "to:" + status.id();
    }

    YearMonth previous() {
        return month.minusMonths(1);
    }

    record Row(String key, long thisMonth, long lastMonth) {

        long change() {
            return thisMonth - lastMonth;
        }

        /** {@code +3}, {@code -1} or {@code ±0}. */
        String signedChange() {
            long c = change();
            return c > 0 ? "+" + c : c < 0 ? Long.toString(c) : "±0";
        }
    }
}
