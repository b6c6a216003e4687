package com.daren.crm;

/** No live or archived record with this id. */
public class InfluencerNotFoundException extends RuntimeException {

    public InfluencerNotFoundException(String id) {
        super("no influencer " + id);
    }
}
