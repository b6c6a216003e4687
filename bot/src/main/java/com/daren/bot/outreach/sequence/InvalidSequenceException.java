package com.daren.bot.outreach.sequence;

/**
 * A sequence file that cannot be used. The message names the file, the line and what is wrong, e.g.
 * {@code config/sequences/foo.yml line 12: step 2 "delay" must be an ISO-8601 duration such as P3D or PT30S (was "3 days")},
 * and start-up fails with it.
 */
public class InvalidSequenceException extends IllegalStateException {

    private final String source;
    private final int line;
    private final String problem;

    public InvalidSequenceException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file, as operators know it (e.g. {@code config/sequences/first-contact.yml}). */
    public String source() {
        return source;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
