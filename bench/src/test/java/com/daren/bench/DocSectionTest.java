package com.daren.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocSectionTest {

    private static final String HEADING = "## Callback pipeline (issue: foundation)";

    @Test
    void appendsTheSectionWhenAbsent() {
        String doc = DocSection.replace("# Benchmarks\n\nIntro.\n", HEADING, HEADING + "\n\nfigures v1\n");
        assertThat(doc).isEqualTo("# Benchmarks\n\nIntro.\n\n" + HEADING + "\n\nfigures v1\n\n" + DocSection.KEEP_MARKER + "\n");
    }

    @Test
    void replacesOnlyItsGeneratedPartAndKeepsHandWrittenNotesAndOtherSections() {
        String before = "# Benchmarks\n\n## Earlier\n\nA\n\n" + HEADING + "\n\nfigures v1\n\n" + DocSection.KEEP_MARKER
                + "\n\n### Notes\n\nhand-written\n\n## Later\n\n```\n## not a heading\n```\nB\n";
        String after = DocSection.replace(before, HEADING, HEADING + "\n\nfigures v2\n");
        assertThat(after).isEqualTo("# Benchmarks\n\n## Earlier\n\nA\n\n" + HEADING + "\n\nfigures v2\n\n"
                + DocSection.KEEP_MARKER + "\n\n### Notes\n\nhand-written\n\n## Later\n\n```\n## not a heading\n```\nB\n");
        assertThat(DocSection.replace(after, HEADING, HEADING + "\n\nfigures v2\n")).isEqualTo(after);
    }

    @Test
    void aSimilarHeadingIsNotTheSection() {
        String before = HEADING + " (old)\n\nx\n";
        assertThat(DocSection.replace(before, HEADING, HEADING + "\n\ny\n")).startsWith(before);
    }
}
