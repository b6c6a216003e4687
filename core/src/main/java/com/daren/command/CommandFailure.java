package com.daren.command;

/** A handler's way to stop with a user-facing answer (e.g. "not found") from deep inside its work. */
public class CommandFailure extends RuntimeException {

    private final Reply reply;

    public CommandFailure(Reply reply) {
        super(reply.template());
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }
}
