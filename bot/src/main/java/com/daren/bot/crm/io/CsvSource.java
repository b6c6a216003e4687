package com.daren.bot.crm.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file (commons-csv). The delimiter is whichever of {@code , ; TAB} the header line uses most (Excel's
 * "Unicode text" is tab-separated). The whole file is parsed once before any row is used, so a broken quote far
 * down refuses the file instead of importing half of it. Empty lines still count, as they do in Excel's numbering.
 */
final class CsvSource implements SheetSource {

    private final String text;
    private final CSVFormat format;
    private final List<String> header;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvSource(String text, CSVFormat format) {
        this.text = text;
        this.format = format;
        validate();
        try {
            this.parser = format.parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        List<String> first = null;
        while (records.hasNext()) {
            CSVRecord r = records.next();
            if (!new SheetRow((int) r.getRecordNumber(), r.toList()).blank()) {
                first = r.toList();
                break;
            }
        }
        if (first == null) {
            throw ImportProblem.empty();
        }
        this.header = first;
    }

    static CsvSource open(byte[] content) {
        String text = TextDecoding.decode(content).text();
        if (text.isBlank()) {
            throw ImportProblem.empty();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        return new CsvSource(text, format);
    }

    private void validate() {
        long good = 0;
        try (CSVParser check = format.parse(new StringReader(text))) {
            for (CSVRecord ignored : check) {
                good++;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long row = good + 1;
            throw ImportProblem.malformed("CSV 格式有误：第 " + row + " 行附近无法解析（多半是引号不成对），未导入任何数据",
                    "broken CSV near row " + row + " (an unbalanced quote?); nothing was imported");
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long count = line.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<SheetRow> rows() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord r = records.next();
                return new SheetRow((int) r.getRecordNumber(), r.toList());
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
