package com.daren.community.moderation;

/** The rungs of the escalation ladder; each one includes the ones before it. */
public enum ModerationAction {
    /** A warning in the group, @-mentioning the member. */
    WARN,
    /** The warning, and the owner operator gets the message. */
    WARN_AND_NOTIFY_OWNER,
    /** The warning, and the owner is asked to remove the member by hand. */
    ASK_OWNER_TO_REMOVE;

    public boolean notifiesOwner() {
        return this != WARN;
    }
}
