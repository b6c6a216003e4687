package com.daren.bot.crm.io;

import com.daren.command.BadArgumentException;
import com.daren.command.Text;

import java.util.Locale;

/** The file types an export can be: CSV (UTF-8 with BOM, so Excel shows Chinese right) or XLSX. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code csv}, {@code xlsx} or {@code excel}; anything else says what is accepted. */
    public static ExportFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx", "excel" -> XLSX;
            default -> throw new BadArgumentException(Text.of("格式「" + text + "」无效，可选 csv 或 xlsx",
                    "format '" + text + "' is not csv or xlsx"));
        };
    }
}
