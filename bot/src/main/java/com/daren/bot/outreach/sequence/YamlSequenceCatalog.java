package com.daren.bot.outreach.sequence;

import com.daren.bot.outreach.OutreachProperties;
import com.daren.outreach.SequenceCatalog;
import com.daren.outreach.SequenceDefinition;
import com.daren.template.MessageTemplates;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outreach sequences, read once at start-up from {@code config/sequences/*.yml} (on the classpath as
 * {@code sequences/}) and from {@code daren.outreach.sequences-folder} if set; an invalid file fails start-up
 * with a message naming the file and line. The format is documented in config/sequences/first-contact.yml.
 */
@Component
class YamlSequenceCatalog implements SequenceCatalog {

    /** By name, in name order. */
    private final Map<String, SequenceDefinition> sequences;

    YamlSequenceCatalog(MessageTemplates templates, OutreachProperties properties) {
        this.sequences = Collections.unmodifiableMap(new SequenceLoader(templates).load(properties.sequencesFolder()));
    }

    @Override
    public Optional<SequenceDefinition> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(sequences.get(name));
    }

    @Override
    public List<SequenceDefinition> all() {
        return List.copyOf(sequences.values());
    }
}
