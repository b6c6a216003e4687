package com.daren.outreach;

import java.util.List;
import java.util.Optional;

/** The sequences loaded from config/sequences/. */
public interface SequenceCatalog {

    Optional<SequenceDefinition> find(String name);

    List<SequenceDefinition> all();
}
