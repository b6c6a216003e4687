package com.daren.command;

/** One command: its declaration and what it does. Returns a {@link Reply}; never talks to WeChat. */
public interface CommandHandler {

    CommandSpec spec();

    Reply handle(CommandContext context, ParsedArgs args);
}
