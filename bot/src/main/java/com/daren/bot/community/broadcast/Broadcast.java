package com.daren.bot.community.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * One broadcast to groups: previewed, then confirmed, then sent group by group.
 *
 * @param template a template under templates/broadcast/ rendered per group, or null for {@code text} as typed
 */
public record Broadcast(String id, String target, List<String> groupIds, String text, String template,
                        String createdBy, Instant createdAt, Status status) {

    public enum Status { PREVIEW, SENDING, DONE }

    Broadcast confirmed() {
        return new Broadcast(id, target, groupIds, text, template, createdBy, createdAt, Status.SENDING);
    }
}
