package com.daren.bot.crm.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes an export's rows as they come, into CSV or XLSX; nothing is held but the current row. */
abstract class SheetWriter implements AutoCloseable {

    abstract void row(List<ExportColumns.Column> columns, List<Object> values) throws IOException;

    abstract void finish() throws IOException;

    @Override
    public void close() throws IOException {
        finish();
    }

    static SheetWriter of(ExportFormat format, OutputStream out, List<String> headers) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out, headers) : new Xlsx(out, headers);
    }

    /** UTF-8 with a BOM (Excel then reads Chinese right), CRLF line ends, formula-looking text defused. */
    private static final class Csv extends SheetWriter {
        private final CSVPrinter printer;
        private boolean finished;

        Csv(OutputStream out, List<String> headers) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL);
            printer.printRecord(headers);
        }

        @Override
        void row(List<ExportColumns.Column> columns, List<Object> values) throws IOException {
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    printer.print("");
                } else if (v instanceof Double d && columns.get(c).xlsxPercent()) {
                    printer.print(ExportColumns.rateText(d));
                } else if (v instanceof String s) {
                    printer.print(defuse(s));
                } else {
                    printer.print(v.toString());
                }
            }
            printer.println();
        }

        /** Text Excel would run as a formula ({@code =HYPERLINK(…)}) gets a leading quote; the import drops it. */
        static String defuse(String s) {
            return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        }

        @Override
        void finish() throws IOException {
            if (!finished) {
                finished = true;
                printer.flush();
            }
        }
    }

    /** One sheet, bold frozen header, numbers as numbers, rates as percentages. */
    private static final class Xlsx extends SheetWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int next = 1;
        private boolean finished;

        Xlsx(OutputStream out, List<String> headers) {
            workbook = new Workbook(out, "Daren", "1.0");
            sheet = workbook.newWorksheet("达人");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
        }

        @Override
        void row(List<ExportColumns.Column> columns, List<Object> values) throws IOException {
            int r = next++;
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                    if (columns.get(c).xlsxPercent()) {
                        sheet.style(r, c).format("0.00%").set();
                    }
                } else if (v instanceof String s && !s.isEmpty()) {
                    sheet.value(r, c, s);
                }
            }
            if (r % 1_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        void finish() throws IOException {
            if (!finished) {
                finished = true;
                workbook.finish();
            }
        }
    }
}
