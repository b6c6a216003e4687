package com.daren.crm;

import java.util.Set;

/** A status move the pipeline does not allow; says which moves are. */
public class IllegalTransitionException extends RuntimeException {

    private final PipelineStatus from;
    private final PipelineStatus to;

    public IllegalTransitionException(PipelineStatus from, PipelineStatus to) {
        super("cannot move from " + from.id() + " to " + to.id());
        this.from = from;
        this.to = to;
    }

    public PipelineStatus from() {
        return from;
    }

    public PipelineStatus to() {
        return to;
    }

    public Set<PipelineStatus> allowed() {
        return from.allowedMoves();
    }
}
