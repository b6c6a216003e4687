package com.daren.bot.outreach.sequence;

import com.daren.bot.outreach.OutreachProperties;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.outreach.StepDefinition;
import com.daren.template.MessageTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Built-in sequences, a folder that adds to and overrides them, and start-up failing on a bad file. */
class YamlSequenceCatalogTest {

    private static final MessageTemplates TEMPLATES = MessageTemplates.fromClasspathAndFolder(null);

    private static final String SHORT_FIRST_CONTACT = """
            name: first-contact
            description: 我们自己的版本：只发一次
            steps:
              - { name: intro, delay: P0D, template: outreach/intro }
            """;

    @TempDir
    Path folder;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CatalogOnly.class);

    @Test
    void aFolderFileWithABuiltInsNameReplacesIt() throws IOException {
        Files.writeString(folder.resolve("ours.yml"), SHORT_FIRST_CONTACT);
        SequenceDefinition replaced = new SequenceLoader(TEMPLATES).load(folder.toString()).get("first-contact");
        assertThat(replaced.steps()).extracting(StepDefinition::name).containsExactly("intro");
        assertThat(replaced.source()).isEqualTo(folder.resolve("ours.yml").toString());
    }

    @Test
    void aFolderAddsNewSequencesNextToTheBuiltInOnesAndIgnoresOtherFiles() throws IOException {
        Files.writeString(folder.resolve("vip.yml"), SHORT_FIRST_CONTACT.replace("first-contact", "vip"));
        Files.writeString(folder.resolve("notes.txt"), "not a sequence");
        assertThat(new SequenceLoader(TEMPLATES).load(folder.toString()))
                .containsOnlyKeys("demo-fast", "first-contact", "seeding", "vip");
    }

    @Test
    void twoFilesWithOneNameAreRefusedNamingBoth() throws IOException {
        Files.writeString(folder.resolve("a.yml"), SHORT_FIRST_CONTACT);
        Files.writeString(folder.resolve("b.yml"), "# copy\n" + SHORT_FIRST_CONTACT);
        assertThatThrownBy(() -> new SequenceLoader(TEMPLATES).load(folder.toString()))
                .isInstanceOf(InvalidSequenceException.class)
                .hasMessage(folder.resolve("b.yml") + " line 2: sequence name \"first-contact\" is already used by "
                        + folder.resolve("a.yml") + "; names must be unique");
    }

    @Test
    void aMissingFolderLeavesTheBuiltInSequences() {
        assertThat(new SequenceLoader(TEMPLATES).load(folder.resolve("nowhere").toString()))
                .containsOnlyKeys("demo-fast", "first-contact", "seeding");
    }

    @Test
    void theCatalogFindsSequencesByNameInNameOrder() {
        runner.run(context -> {
            SequenceCatalog catalog = context.getBean(SequenceCatalog.class);
            assertThat(catalog.find("first-contact")).get().extracting(SequenceDefinition::finalDelay)
                    .isEqualTo(Duration.ofDays(7));
            assertThat(catalog.find("nope")).isEmpty();
            assertThat(catalog.find(null)).isEmpty();
            assertThat(catalog.all()).extracting(SequenceDefinition::name)
                    .containsExactly("demo-fast", "first-contact", "seeding");
        });
    }

    @Test
    void theCatalogReadsTheConfiguredFolder() throws IOException {
        Files.writeString(folder.resolve("ours.yml"), SHORT_FIRST_CONTACT);
        runner.withPropertyValues("daren.outreach.sequences-folder=" + folder).run(context ->
                assertThat(context.getBean(SequenceCatalog.class).find("first-contact")).get()
                        .extracting(s -> s.steps().size()).isEqualTo(1));
    }

    @Test
    void anInvalidFileFailsStartUpSayingFileAndLine() throws IOException {
        Files.writeString(folder.resolve("bad.yml"), SHORT_FIRST_CONTACT.replace("P0D", "now"));
        runner.withPropertyValues("daren.outreach.sequences-folder=" + folder).run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(InvalidSequenceException.class)
                        .hasMessage(folder.resolve("bad.yml") + " line 4: step 1 \"delay\" must be an ISO-8601 "
                                + "duration such as P3D or PT30S (was \"now\")"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OutreachProperties.class)
    @Import(YamlSequenceCatalog.class)
    static class CatalogOnly {

        @Bean
        MessageTemplates messageTemplates() {
            return TEMPLATES;
        }
    }
}
