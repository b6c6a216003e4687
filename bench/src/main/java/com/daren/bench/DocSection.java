package com.daren.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one "## " section of a Markdown file (docs/benchmarks.md) and leaves the others alone; shared by every
 * benchmark in this module. Inside the section, whatever follows
 * {@link #KEEP_MARKER} (hand-written analysis) is kept when the generated part above it is replaced.
 */
public final class DocSection {

    public static final String KEEP_MARKER = "<!-- end of generated figures: text below this line, up to the next \"## \" "
            + "heading, is written by hand and kept when the benchmark rewrites this section -->";

    private static final String FILE_HEADER = """
            # Benchmarks

            Each section is written by its harness in `bench/` and says how to reproduce it. Figures are from one run on
            the machine named in the section; compare runs only on the same machine.
            """;

    private DocSection() {
    }

    /** @param generated the section's generated text, starting with its heading line */
    public static void write(Path file, String heading, String generated) {
        try {
            String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : FILE_HEADER;
            Files.writeString(file, replace(old, heading, generated), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The document with {@code heading}'s section replaced by (or, if absent, appended as) {@code generated}. */
    public static String replace(String document, String heading, String generated) {
        String doc = document.replace("\r\n", "\n");
        String body = generated.strip() + "\n";
        int start = findHeading(doc, heading);
        if (start < 0) {
            String sep = doc.isEmpty() || doc.endsWith("\n\n") ? "" : doc.endsWith("\n") ? "\n" : "\n\n";
            return doc + sep + body + "\n" + KEEP_MARKER + "\n";
        }
        int end = nextSection(doc, start + heading.length());
        String old = doc.substring(start, end);
        int marker = old.indexOf(KEEP_MARKER);
        String kept = marker < 0 ? KEEP_MARKER + "\n" : old.substring(marker);
        String rest = doc.substring(end);
        String replaced = body + "\n" + kept;
        if (!rest.isEmpty() && !replaced.endsWith("\n\n")) {
            replaced = replaced.endsWith("\n") ? replaced + "\n" : replaced + "\n\n";
        }
        return doc.substring(0, start) + replaced + rest;
    }

    private static int findHeading(String doc, String heading) {
        int from = 0;
        while (true) {
            int i = doc.indexOf(heading, from);
            if (i < 0) {
                return -1;
            }
            boolean lineStart = i == 0 || doc.charAt(i - 1) == '\n';
            int after = i + heading.length();
            boolean lineEnd = after == doc.length() || doc.charAt(after) == '\n';
            if (lineStart && lineEnd) {
                return i;
            }
            from = after;
        }
    }

    /** Index of the next level-1 or level-2 heading line after {@code from}, outside code fences; else the end. */
    private static int nextSection(String doc, int from) {
        boolean fenced = false;
        int i = doc.indexOf('\n', from);
        while (i >= 0 && i < doc.length()) {
            int lineStart = i + 1;
            int lineEnd = doc.indexOf('\n', lineStart);
            String line = doc.substring(lineStart, lineEnd < 0 ? doc.length() : lineEnd);
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && (line.startsWith("## ") || line.startsWith("# "))) {
                return lineStart;
            }
            i = lineEnd;
        }
        return doc.length();
    }
}
