package com.daren.command;

/** Text that starts like a command but cannot be split into words (an unclosed quote, a repeated key). */
public class CommandSyntaxException extends RuntimeException {

    private final Text problem;

    public CommandSyntaxException(Text problem) {
        super(problem.en());
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
