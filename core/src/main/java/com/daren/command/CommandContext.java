package com.daren.command;

import com.daren.access.Operator;
import com.daren.access.Role;
import com.daren.channel.InboundMessage;

import java.time.Instant;
import java.util.Optional;

/** Who asked, where, in which language and when; handed to a handler with its parsed arguments. */
public record CommandContext(InboundMessage message, Role role, Optional<Operator> operator, Lang lang,
                             CommandCatalog catalog, Instant now) {

    public String actorId() {
        return message.senderId();
    }
}
