package com.daren.command;

import com.daren.channel.ChatKind;

/** Where a command may be used. */
public enum Scope {
    ANYWHERE,
    /** One-to-one chat only: the answer may show personal data. */
    DIRECT_ONLY,
    GROUP_ONLY;

    public boolean allows(ChatKind kind) {
        return switch (this) {
            case ANYWHERE -> true;
            case DIRECT_ONLY -> kind == ChatKind.DIRECT;
            case GROUP_ONLY -> kind == ChatKind.GROUP;
        };
    }
}
