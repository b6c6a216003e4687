package com.daren.command;

import java.util.List;
import java.util.Optional;

/** The declared commands, for help and suggestions. */
public interface CommandCatalog {

    List<CommandSpec> specs();

    Optional<CommandSpec> find(String phrase);
}
