package com.daren.bot.crm.io;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The first sheet of an XLSX workbook, streamed row by row (fastexcel-reader). Numbers come as plain decimals
 * (12000, 0.08); a number in a date-formatted cell comes as its date (2026-12-31).
 */
final class XlsxSource implements SheetSource {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private SheetRow current;

    private XlsxSource(ReadableWorkbook workbook) throws IOException {
        this.workbook = workbook;
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
        List<String> first = null;
        while (first == null && advance()) {
            SheetRow row = current;
            if (!row.blank()) {
                first = row.cells();
            }
        }
        if (first == null) {
            throw ImportProblem.empty();
        }
        this.header = first;
    }

    private boolean advance() {
        try {
            if (!rows.hasNext()) {
                return false;
            }
            current = toSheetRow(rows.next());
            return true;
        } catch (RuntimeException e) {
            int after = current == null ? 0 : current.number();
            // Rows before this one may already be written; importing the repaired file again is safe (an upsert).
            throw ImportProblem.malformed("XLSX 文件第 " + after + " 行之后内容损坏，已停止；之前的行已导入，修好后可整份重新导入",
                    "the XLSX file is damaged after row " + after + "; rows before it were imported, and importing the "
                            + "repaired file again is safe");
        }
    }

    static XlsxSource open(byte[] content) {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
            return new XlsxSource(workbook);
        } catch (ImportProblem e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw ImportProblem.unsupported();
        }
    }

    private static SheetRow toSheetRow(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (looksLikeDate(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().toString();
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
        return raw == null ? "" : raw;
    }

    private static boolean looksLikeDate(String format) {
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("日");
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<SheetRow> rows() {
        return new Iterator<>() {
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = advance();
                }
                return ready;
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return current;
            }
        };
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing to save: it was only read.
            }
        }
    }
}
