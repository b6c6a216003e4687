package com.daren.channel;

/** A one-to-one chat with the bot, or a group the bot takes part in. */
public enum ChatKind {
    DIRECT,
    GROUP
}
