package com.daren.command;

/** An argument the user got wrong; answered with the problem and the command's usage line. */
public class BadArgumentException extends RuntimeException {

    private final Text problem;

    public BadArgumentException(Text problem) {
        super(problem.en());
        this.problem = problem;
    }

    public Text problem() {
        return problem;
    }
}
