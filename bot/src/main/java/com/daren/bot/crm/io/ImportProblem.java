package com.daren.bot.crm.io;

import com.daren.command.Text;

/**
 * A file that cannot be imported (as opposed to a bad row): answered with one line. Nothing is written, except when
 * an XLSX sheet turns out damaged part-way (the answer then says which rows went in).
 */
public class ImportProblem extends RuntimeException {

    /** What went wrong, with the HTTP status the API answers it with. */
    public enum Kind {
        UNSUPPORTED_FORMAT(415),
        TOO_LARGE(413),
        EMPTY(400),
        HEADER_ONLY(400),
        BAD_HEADER(400),
        MALFORMED(400);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;
    private final Text problem;

    ImportProblem(Kind kind, Text problem) {
        super(problem.en());
        this.kind = kind;
        this.problem = problem;
    }

    public Kind kind() {
        return kind;
    }

    public Text problem() {
        return problem;
    }

    /** Chinese first, English after: {@code 文件是空的 (the file is empty)}. */
    public String oneLine() {
        return problem.zh() + " (" + problem.en() + ")";
    }

    static ImportProblem unsupported() {
        return new ImportProblem(Kind.UNSUPPORTED_FORMAT, Text.of("无法识别的文件格式，请上传 CSV 或 XLSX 表格",
                "unsupported file: upload a CSV or XLSX spreadsheet"));
    }

    static ImportProblem oldExcel() {
        return new ImportProblem(Kind.UNSUPPORTED_FORMAT, Text.of("不支持旧版 .xls，请在 Excel 中另存为 .xlsx 或 CSV",
                "old .xls files are not supported: save as .xlsx or CSV in Excel"));
    }

    static ImportProblem tooLarge(long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        return new ImportProblem(Kind.TOO_LARGE, Text.of("文件太大，最大 " + mb + " MB", "the file is larger than " + mb + " MB"));
    }

    static ImportProblem empty() {
        return new ImportProblem(Kind.EMPTY, Text.of("文件是空的", "the file is empty"));
    }

    static ImportProblem headerOnly() {
        return new ImportProblem(Kind.HEADER_ONLY, Text.of("文件只有表头，没有数据行", "the file has a header row but no data rows"));
    }

    static ImportProblem badHeader(String zh, String en) {
        return new ImportProblem(Kind.BAD_HEADER, Text.of(zh, en));
    }

    static ImportProblem malformed(String zh, String en) {
        return new ImportProblem(Kind.MALFORMED, Text.of(zh, en));
    }
}
