package com.daren.crm;

/** A WeChat identity (external_userid / openid) is already linked to another influencer. */
public class IdentityTakenException extends RuntimeException {

    private final String otherId;

    public IdentityTakenException(String identity, String otherId) {
        super(identity + " already belongs to influencer " + otherId);
        this.otherId = otherId;
    }

    public String otherId() {
        return otherId;
    }
}
