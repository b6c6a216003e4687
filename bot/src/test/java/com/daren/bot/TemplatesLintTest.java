package com.daren.bot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped template has both languages and uses none of the refused built-ins. */
class TemplatesLintTest {

    private static final Path TEMPLATES = Path.of("..", "templates");

    @Test
    void everyChineseTemplateHasAnEnglishTwin() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> chinese = files.filter(p -> p.toString().endsWith(".ftl") && !p.toString().endsWith("_en.ftl")).toList();
            assertThat(chinese).isNotEmpty();
            for (Path zh : chinese) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace(".ftl", "_en.ftl"));
                assertThat(en).as("English twin of " + zh).exists();
            }
        }
    }

    @Test
    void noTemplateUsesRefusedBuiltIns() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContainPattern("\\?\\s*(api|eval|interpret|new)\\b");
            }
        }
    }
}
