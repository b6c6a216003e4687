package com.daren.community;

/** A chat can belong to one group only; {@code chatKey} ("channel:chatId") already belongs to {@code holder}. */
public class GroupChatTakenException extends RuntimeException {

    private final String holder;

    public GroupChatTakenException(String chatKey, String holder) {
        super("chat " + chatKey + " already belongs to group " + holder);
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
