package com.daren.bot.crm.io;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.util.Iterator;
import java.util.List;

/**
 * An uploaded sheet read row by row: the header, then data rows numbered as the spreadsheet numbers them (the header
 * is row 1). CSV or XLSX is told from the content, never from the file name.
 */
interface SheetSource extends AutoCloseable {

    /** One data row; {@code cells} as written, possibly fewer than the header's columns. */
    record SheetRow(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }
    }

    String format();

    List<String> header();

    /** The data rows after the header. May throw {@link ImportProblem} part-way for a file broken further down. */
    Iterator<SheetRow> rows();

    @Override
    void close();

    static SheetSource open(byte[] content) {
        if (content.length == 0) {
            throw ImportProblem.empty();
        }
        byte[] head = java.util.Arrays.copyOf(content, 8); // zero-padded: the checks want 8 bytes
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return XlsxSource.open(content);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw ImportProblem.oldExcel();
        }
        return CsvSource.open(content);
    }
}
