package com.daren.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param outcome {@code ok}, {@code refused} (not allowed), or {@code rejected} (bad input)
 * @param detail  what changed or why it was refused
 */
public record AuditEntry(Instant at, String actor, String channel, String command, String outcome, String detail) {
}
