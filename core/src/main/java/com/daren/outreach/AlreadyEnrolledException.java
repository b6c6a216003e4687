package com.daren.outreach;

/** The influencer is already in a running sequence. */
public class AlreadyEnrolledException extends RuntimeException {

    private final String enrollmentId;

    public AlreadyEnrolledException(String enrollmentId) {
        super("already enrolled: " + enrollmentId);
        this.enrollmentId = enrollmentId;
    }

    public String enrollmentId() {
        return enrollmentId;
    }
}
