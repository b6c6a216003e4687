package com.daren.crm;

/** An influencer with the same platform and handle is already on record. */
public class DuplicateInfluencerException extends RuntimeException {

    private final String existingId;

    public DuplicateInfluencerException(String existingId) {
        super("influencer already exists: " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
