package com.daren.community;

/** No group with this id, chat id or name. */
public class GroupNotFoundException extends RuntimeException {

    public GroupNotFoundException(String ref) {
        super("no group " + ref);
    }
}
