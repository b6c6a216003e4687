package com.daren.bot.crm.io;

import java.util.List;

/**
 * What an import did. Every data row is counted once: {@code created + updated + unchanged + rejectedCount == rows}.
 *
 * @param rows           data rows read (blank rows are not counted)
 * @param rejected       the first rejected rows, by row number (the header is row 1), at most {@link #KEEP_REJECTED}
 * @param ignoredColumns headers that name no importable field (read-only export columns such as 档位 among them)
 */
public record ImportSummary(String fileName, String format, int rows, int created, int updated, int unchanged,
                            int rejectedCount, List<RejectedRow> rejected, List<String> ignoredColumns, long millis) {

    public static final int KEEP_REJECTED = 1_000;

    public ImportSummary {
        rejected = List.copyOf(rejected);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** A row left out, and why (Chinese, then English). */
    public record RejectedRow(int row, String reason, String reasonEn) {
    }

    String auditDetail() {
        StringBuilder s = new StringBuilder(format + " " + rows + " rows: created " + created + ", updated " + updated
                + ", unchanged " + unchanged + ", rejected " + rejectedCount);
        if (!rejected.isEmpty()) {
            s.append(" (rows ");
            s.append(String.join(", ", rejected.stream().limit(10).map(r -> Integer.toString(r.row())).toList()));
            s.append(rejectedCount > 10 ? " …)" : ")");
        }
        return s.toString();
    }
}
