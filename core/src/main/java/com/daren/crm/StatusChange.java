package com.daren.crm;

import java.time.Instant;

/** One move in the pipeline: who, when, from, to, and why. {@code from} is null for the record's creation. */
public record StatusChange(Instant at, String by, PipelineStatus from, PipelineStatus to, String reason) {

    String encode() {
        return at.toEpochMilli() + "\t" + clean(by) + "\t" + (from == null ? "" : from.id()) + "\t" + to.id() + "\t" + clean(reason);
    }

    static StatusChange decode(String line) {
        String[] p = line.split("\t", -1);
        return new StatusChange(Instant.ofEpochMilli(Long.parseLong(p[0])), p[1],
                p[2].isEmpty() ? null : PipelineStatus.parse(p[2]).orElseThrow(), PipelineStatus.parse(p[3]).orElseThrow(), p[4]);
    }

    static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }
}
