package com.daren.community.moderation;

/**
 * A rule a message broke.
 *
 * @param rule    the banned word or ad phrase (compact form), or the kind of pattern for links and phones
 * @param excerpt the part of the message that broke it, as written
 */
public record Violation(ViolationKind kind, String rule, String excerpt) {
}
