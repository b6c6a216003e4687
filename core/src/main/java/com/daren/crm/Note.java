package com.daren.crm;

import java.time.Instant;

/** A free-text note an operator left on a record. */
public record Note(Instant at, String by, String text) {

    String encode() {
        return at.toEpochMilli() + "\t" + StatusChange.clean(by) + "\t" + text.replace('\t', ' ');
    }

    static Note decode(String line) {
        String[] p = line.split("\t", 3);
        return new Note(Instant.ofEpochMilli(Long.parseLong(p[0])), p[1], p.length > 2 ? p[2] : "");
    }
}
