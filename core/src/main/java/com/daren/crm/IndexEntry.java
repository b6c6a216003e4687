package com.daren.crm;

/**
 * One place a record is listed: a SET member, a ZSET member with its score, or a unique HASH field pointing at the
 * record's id. Two records' entries are diffed to know what to add and remove.
 */
record IndexEntry(Kind kind, String key, String member, double score) {

    enum Kind { SET, ZSET, UNIQUE }

    static IndexEntry set(String key, String member) {
        return new IndexEntry(Kind.SET, key, member, 0);
    }

    static IndexEntry zset(String key, String member, double score) {
        return new IndexEntry(Kind.ZSET, key, member, score);
    }

    static IndexEntry unique(String key, String field) {
        return new IndexEntry(Kind.UNIQUE, key, field, 0);
    }
}
