package com.daren.store;

/**
 * Every Redis key Daren uses comes from here, so the key schema in docs/ARCHITECTURE.md has one source.
 * Keys never get concatenated where they are used.
 */
public final class RedisKeys {

    public static final String PREFIX = "daren:";

    private RedisKeys() {
    }

    /** STRING, SET NX EX: an inbound message or event already taken (WeChat retries the same one up to 3 times). */
    public static String inboundSeen(String channel, String dedupKey) {
        return PREFIX + "in:seen:" + channel + ":" + dedupKey;
    }

    /** STRING, SET NX EX: the payload digest a callback nonce was first used with (replay guard). */
    public static String callbackNonce(String channel, String nonce) {
        return PREFIX + "in:nonce:" + channel + ":" + nonce;
    }

    /** STRING: epoch millis of a user's last inbound message on a channel (Official Account 48-hour window). */
    public static String lastInbound(String channel, String userId) {
        return PREFIX + "in:last:" + channel + ":" + userId;
    }

    /** HASH: one influencer record. */
    public static String influencer(String id) {
        return PREFIX + "inf:" + id;
    }

    /** STRING counter: the last influencer id handed out. */
    public static String influencerSequence() {
        return PREFIX + "inf:seq";
    }

    /** HASH: "platform:handle" to influencer id; the uniqueness index. */
    public static String influencerPlatformHandleIndex() {
        return PREFIX + "inf:idx:ph";
    }

    /** SET: ids of influencers with this handle on any platform. */
    public static String influencerHandleIndex(String handle) {
        return PREFIX + "inf:idx:h:" + handle;
    }

    /** ZSET: influencer ids scored by creation time (epoch millis). */
    public static String influencersByCreation() {
        return PREFIX + "inf:idx:created";
    }

    /** STREAM: audit log of operator actions and refused attempts. */
    public static String auditLog() {
        return PREFIX + "audit";
    }

    /** LIST: everything the bot sent through the simulator channel, oldest first. */
    public static String simulatorOutbox() {
        return PREFIX + "sim:outbox";
    }

    /** Prefix under which WxJava keeps the shared WeCom access token and its lock. */
    public static String weComTokenPrefix() {
        return PREFIX + "wx:cp";
    }

    /** Prefix under which WxJava keeps the shared Official Account access token and its lock. */
    public static String mpTokenPrefix() {
        return PREFIX + "wx:mp";
    }
}
