package com.daren.community.moderation;

import java.time.Instant;

/**
 * One line of a group's moderation log.
 *
 * @param excerpt the part of the message that broke the rule, as written
 * @param text    the message, abbreviated
 */
public record ModerationRecord(Instant at, String member, ViolationKind kind, String rule, int strikes,
                               ModerationAction action, String excerpt, String text) {

    String encode() {
        return at.toEpochMilli() + "\t" + clean(member) + "\t" + kind + "\t" + clean(rule) + "\t" + strikes + "\t"
                + action + "\t" + clean(excerpt) + "\t" + clean(text);
    }

    static ModerationRecord decode(String line) {
        String[] f = line.split("\t", 8);
        return new ModerationRecord(Instant.ofEpochMilli(Long.parseLong(f[0])), f[1], ViolationKind.valueOf(f[2]),
                f[3], Integer.parseInt(f[4]), ModerationAction.valueOf(f[5]), f[6], f.length > 7 ? f[7] : "");
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
