package com.daren.bot.outreach.sequence;

import com.daren.outreach.SequenceDefinition;
import com.daren.template.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads the built-in sequences ({@code sequences/*.yml} on the classpath, i.e. the repository's config/sequences/)
 * and then those in an optional folder; a folder file whose sequence has the name of a built-in one replaces it.
 * Two files of the same place with one name are an error, as is any invalid file.
 */
final class SequenceLoader {

    private static final Logger log = LoggerFactory.getLogger(SequenceLoader.class);

    static final String BUILT_IN = "classpath*:sequences/*.yml";
    /** How messages name a built-in file: where operators find it in the repository. */
    static final String BUILT_IN_LABEL = "config/sequences/";

    private final SequenceFileParser parser;

    SequenceLoader(MessageTemplates templates) {
        this.parser = new SequenceFileParser(new TemplateProbe(templates));
    }

    /** By name, sorted. */
    Map<String, SequenceDefinition> load(String folder) {
        Map<String, SequenceFileParser.Parsed> sequences = new TreeMap<>(loadAll(builtIn()));
        if (folder != null && !folder.isBlank()) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                loadAll(inFolder(dir)).forEach((name, parsed) -> {
                    SequenceFileParser.Parsed replaced = sequences.put(name, parsed);
                    if (replaced != null) {
                        log.info("sequence {} from {} replaces the built-in one from {}", name,
                                parsed.sequence().source(), replaced.sequence().source());
                    }
                });
            } else {
                log.warn("daren.outreach.sequences-folder {} is not a folder; only the built-in sequences are used",
                        folder);
            }
        }
        Map<String, SequenceDefinition> byName = new LinkedHashMap<>();
        sequences.forEach((name, parsed) -> byName.put(name, parsed.sequence()));
        log.info("outreach sequences: {}", byName.keySet());
        return byName;
    }

    private Map<String, SequenceFileParser.Parsed> loadAll(List<SourceFile> files) {
        Map<String, SequenceFileParser.Parsed> byName = new TreeMap<>();
        for (SourceFile file : files) {
            SequenceFileParser.Parsed parsed;
            try (Reader reader = file.open()) {
                parsed = parser.parse(file.label(), reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sequence file " + file.label(), e);
            }
            String name = parsed.sequence().name();
            SequenceFileParser.Parsed earlier = byName.putIfAbsent(name, parsed);
            if (earlier != null) {
                throw new InvalidSequenceException(file.label(), parsed.nameLine(), "sequence name \"" + name
                        + "\" is already used by " + earlier.sequence().source() + "; names must be unique");
            }
        }
        return byName;
    }

    private static List<SourceFile> builtIn() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(SequenceLoader.class.getClassLoader())
                    .getResources(BUILT_IN);
            List<SourceFile> files = new ArrayList<>();
            for (Resource r : resources) {
                files.add(new SourceFile(BUILT_IN_LABEL + r.getFilename(),
                        () -> new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(SourceFile::label));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in sequences (" + BUILT_IN + ")", e);
        }
    }

    private static List<SourceFile> inFolder(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .map(p -> new SourceFile(p.toString(), () -> Files.newBufferedReader(p, StandardCharsets.UTF_8)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sequences folder " + dir, e);
        }
    }

    private record SourceFile(String label, Opener opener) {
        Reader open() throws IOException {
            return opener.open();
        }
    }

    @FunctionalInterface
    private interface Opener {
        Reader open() throws IOException;
    }
}
