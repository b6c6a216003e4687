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

    /** HASH: one influencer record (short field names; see InfluencerCodec). */
    public static String influencer(String id) {
        return PREFIX + "inf:" + id;
    }

    /** LIST: an influencer's status changes, oldest first ("at\tby\tfrom\tto\treason"). */
    public static String influencerHistory(String id) {
        return PREFIX + "inf:" + id + ":hist";
    }

    /** LIST: an influencer's notes, oldest first ("at\tby\ttext"). */
    public static String influencerNotes(String id) {
        return PREFIX + "inf:" + id + ":notes";
    }

    /** STRING counter: the last influencer id handed out. */
    public static String influencerSequence() {
        return PREFIX + "inf:seq";
    }

    /** HASH: "platform:handle" to influencer id; uniqueness and the import key. */
    public static String influencerPlatformHandleIndex() {
        return PREFIX + "inf:idx:ph";
    }

    /** HASH: "wecom:external_userid" / "mp:openid" to influencer id; recognises who is writing. */
    public static String influencerIdentityIndex() {
        return PREFIX + "inf:idx:wx";
    }

    /** SET: ids of live (not archived) influencers in a tier. */
    public static String influencersInTier(String tier) {
        return PREFIX + "inf:idx:tier:" + tier;
    }

    /** SET: ids of live influencers with a pipeline status. */
    public static String influencersWithStatus(String status) {
        return PREFIX + "inf:idx:status:" + status;
    }

    /** SET: ids of live influencers with a tag. */
    public static String influencersTagged(String tag) {
        return PREFIX + "inf:idx:tag:" + tag;
    }

    /** SET: ids of live influencers an operator owns. */
    public static String influencersOwnedBy(String owner) {
        return PREFIX + "inf:idx:owner:" + owner;
    }

    /** SET: ids of live influencers on a platform. */
    public static String influencersOn(String platform) {
        return PREFIX + "inf:idx:plat:" + platform;
    }

    /** ZSET: ids of live influencers scored by a sortable field (followers, score, er, created). */
    public static String influencersBy(String field) {
        return PREFIX + "inf:idx:by:" + field;
    }

    /** ZSET (all scores 0, read by lexical range): "lower-cased name \u0001 id", for finding by name prefix. */
    public static String influencerNames() {
        return PREFIX + "inf:idx:name";
    }

    /** SET: archived influencer ids (kept out of every other list index). */
    public static String archivedInfluencers() {
        return PREFIX + "inf:idx:archived";
    }

    /** HASH: pipeline moves in a month, "to:{status}" to count (for /pipeline this month vs last). */
    public static String pipelineMonth(String yearMonth) {
        return PREFIX + "pipe:" + yearMonth;
    }

    /** ZSET: work items of a timer queue (outreach, brief, reminder …) scored by due time in epoch ms. */
    public static String due(String queue) {
        return PREFIX + "due:" + queue;
    }

    /** ZSET: items claimed by a dispatcher, scored by when the claim's lease ends. */
    public static String dueLeased(String queue) {
        return PREFIX + "due:" + queue + ":leased";
    }

    /** HASH: item id to "claim token|original due ms" while it is leased. */
    public static String dueClaims(String queue) {
        return PREFIX + "due:" + queue + ":claims";
    }

    /** HASH: one enrolment of an influencer in a sequence (see EnrollmentStore for fields). */
    public static String enrollment(String id) {
        return PREFIX + "enr:" + id;
    }

    /** STRING counter: the last enrolment id handed out. */
    public static String enrollmentSequence() {
        return PREFIX + "enr:seq";
    }

    /** HASH: influencer id to their running enrolment's id (at most one at a time). */
    public static String activeEnrollments() {
        return PREFIX + "enr:active";
    }

    /**
     * HASH: influencer id to their latest ended enrolment's id. A running enrolment is found in
     * {@link #activeEnrollments()} first, so this entry is written only when an enrolment ends (one entry less
     * per pending step).
     */
    public static String latestEnrollments() {
        return PREFIX + "enr:last";
    }

    /** HASH: a sequence's counters: enrolled, sent:{step}, sent:{step}:{variant}, replied:{step}, … */
    public static String sequenceStats(String sequence) {
        return PREFIX + "seqstats:" + sequence;
    }

    /** STRING counter with expiry: outreach sends in one second (global rate limit). */
    public static String outreachRate(long epochSecond) {
        return PREFIX + "rate:outreach:" + epochSecond;
    }

    /** {@link #outreachRate(long)} without the second: the rate-limit script appends it for the seconds it looks at. */
    public static String outreachRatePrefix() {
        return PREFIX + "rate:outreach:";
    }

    /**
     * STRING counter with expiry, the rate-limit script appends the epoch second: sends deferred to that second
     * (over the limit in an earlier one), so that deferred sends fill the following seconds one after the other.
     */
    public static String outreachRateReservedPrefix() {
        return PREFIX + "rate:outreach:reserved:";
    }

    /** STRING counter with expiry: an operator's outreach sends on one day (per-sender cap). */
    public static String senderDailyCount(String owner, String date) {
        return PREFIX + "cap:sender:" + owner + ":" + date;
    }

    /** Prefix for a query's scratch keys, deleted by the same script that makes them. */
    public static String scratch(String token) {
        return PREFIX + "tmp:" + token;
    }

    /** STRING, SET EX 1 h: an exported file ("format\tfile name\n" then the bytes); the token is the capability. */
    public static String export(String token) {
        return PREFIX + "export:" + token;
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

    /**
     * STRING counter with expiry: company messages (customer-contact mass-send tasks) created for one WeCom external
     * contact in one cap period ({@code period} is the period's first day, e.g. 2025-03-01), for WeCom's
     * per-customer cap.
     */
    public static String weComCustomerMessages(String externalUserId, String period) {
        return PREFIX + "cap:wxext:" + externalUserId + ":" + period;
    }

    /** HASH: one WeCom customer-contact mass-send task (add_msg_template msgid) the bot tracks until it is confirmed. */
    public static String weComExternalTask(String msgId) {
        return PREFIX + "wxtask:" + msgId;
    }

    // --- Community groups (community-groups branch): groups, members, welcome, activity, broadcast, relay ---

    /** HASH: one community group (fields in GroupStore). */
    public static String group(String id) {
        return PREFIX + "grp:" + id;
    }

    /** SET: the ids of every bound group. */
    public static String groups() {
        return PREFIX + "grp:all";
    }

    /** HASH: "channel:chatId" of every inbound-capable chat (WeCom customer group, app chat, simulator) to group id. */
    public static String groupChatIndex() {
        return PREFIX + "grp:idx:chat";
    }

    /** SET: the members a group is known to have (joins add, leaves remove; WeCom sync replaces). */
    public static String groupMembers(String id) {
        return PREFIX + "grp:" + id + ":members";
    }

    /** SET: "member\tname" of members who joined and wait for the group's next combined welcome. */
    public static String groupWelcomePending(String id) {
        return PREFIX + "grp:" + id + ":welcome:pending";
    }

    /** SET: the batch a welcome is being sent for (pending renamed here, so joins meanwhile wait for the next). */
    public static String groupWelcomeSending(String id) {
        return PREFIX + "grp:" + id + ":welcome:sending";
    }

    /** STRING: set just before the welcome is posted, removed with the batch after; found by recovery = unknown. */
    public static String groupWelcomePosting(String id) {
        return PREFIX + "grp:" + id + ":welcome:posting";
    }

    /** HASH: a group's counters on one local day: msgs, joins, leaves, checkins. */
    public static String groupDay(String id, String date) {
        return PREFIX + "grp:" + id + ":day:" + date;
    }

    /** HASH: member → messages in a group on one local day (its size is the day's active members). */
    public static String groupDayMembers(String id, String date) {
        return PREFIX + "grp:" + id + ":day:" + date + ":mem";
    }

    /** STRING, SET NX: the interaction-drop alert for a group went out on that local day (at most once a day). */
    public static String groupDropAlerted(String id, String date) {
        return PREFIX + "grp:" + id + ":dropalert:" + date;
    }

    /** HASH: one broadcast (target, text, creator, status, counts). */
    public static String broadcast(String id) {
        return PREFIX + "bc:" + id;
    }

    /** HASH: a broadcast's progress per recipient group: pending, sending, sent, failed, unknown, skipped. */
    public static String broadcastProgress(String id) {
        return PREFIX + "bc:" + id + ":progress";
    }

    /** STRING counter: the last broadcast id handed out. */
    public static String broadcastSequence() {
        return PREFIX + "bc:seq";
    }

    /** STRING counter with expiry: group posts through one route (a robot webhook, …) in one minute. */
    public static String groupPostRate(String route, long epochMinute) {
        return PREFIX + "rate:grp:" + route + ":" + epochMinute;
    }

    /** STRING, SET NX EX: a relay request's signature already used (replay guard). */
    public static String relaySignature(String signature) {
        return PREFIX + "relay:sig:" + signature;
    }

    // ---- Community moderation, points and FAQ (issue 5). {group} is the group id (Group.idFor); "*" is global.

    /** SET: banned words (as typed) of one group, or of every group when {@code scope} is {@code *}. */
    public static String bannedWords(String scope) {
        return PREFIX + "mod:words:" + scope;
    }

    /** STRING counter: bumped on every banned-word change, so each instance rebuilds its automata. */
    public static String bannedWordsVersion() {
        return PREFIX + "mod:words:ver";
    }

    /** ZSET with expiry: a member's strikes in a group, scored by epoch ms (only the strike window is kept). */
    public static String strikes(String group, String member) {
        return PREFIX + "mod:strikes:" + group + ":" + member;
    }

    /** LIST, newest first and capped: a group's moderation actions ("at\tmember\tkind\trule\tstrikes\taction\texcerpt"). */
    public static String violations(String group) {
        return PREFIX + "mod:log:" + group;
    }

    /** HASH: member to "last check-in day|streak" in a group. */
    public static String checkIns(String group) {
        return PREFIX + "pts:" + group + ":ci";
    }

    /** ZSET: members' points in a group, all time ({@code period} "all"), per ISO week (2026-W48) or month (2026-11). */
    public static String points(String group, String period) {
        return PREFIX + "pts:" + group + ":" + period;
    }

    /** LIST, newest first and capped: a group's point awards ("at\tmember\tpoints\treason\tby"). */
    public static String pointsLog(String group) {
        return PREFIX + "pts:" + group + ":log";
    }

    /** HASH: a group's own FAQ entries, id to "pattern\tanswer". */
    public static String faq(String group) {
        return PREFIX + "faq:" + group;
    }

    /** HASH: FAQ entry id to epoch ms it was last answered in a group (the cool-down). */
    public static String faqAnswered(String group) {
        return PREFIX + "faq:" + group + ":answered";
    }

    // ---- Reminders, deadlines, reports and schedules (reminder/, deadline/, report/, scheduler's cron jobs) ----

    /** HASH: one reminder (see ReminderStore for fields). */
    public static String reminder(String id) {
        return PREFIX + "rem:" + id;
    }

    /** STRING counter: the last reminder id handed out. */
    public static String reminderSequence() {
        return PREFIX + "rem:seq";
    }

    /** ZSET: active reminders a user set on a channel, scored by next firing (epoch ms). */
    public static String remindersBy(String channel, String userId) {
        return PREFIX + "rem:by:" + channel + ":" + userId;
    }

    /** ZSET: active reminders that go to a group ("channel:chatId"), scored by next firing (epoch ms). */
    public static String remindersOfGroup(String groupKey) {
        return PREFIX + "rem:chat:" + groupKey;
    }

    /** STRING with expiry (SET NX): a cron job's firing at one fire time was taken by one instance. */
    public static String scheduleFiring(String job, long fireEpochMilli) {
        return PREFIX + "sched:once:" + job + ":" + fireEpochMilli;
    }

    /** HASH: a cron job's last run: fire, ran, outcome, detail. */
    public static String scheduleLastRun(String job) {
        return PREFIX + "sched:last:" + job;
    }

    /** SET: names of paused cron jobs (every instance skips their firings). */
    public static String schedulesPaused() {
        return PREFIX + "sched:paused";
    }

    /** HASH: counters a report saw at the last scheduled report of its kind, to report the change since. */
    public static String reportSnapshot(String kind) {
        return PREFIX + "report:snap:" + kind;
    }

    /** HASH: one deliverable deadline (id, inf, what, due, by, state, closed). */
    public static String deadline(String id) {
        return PREFIX + "dl:" + id;
    }

    /** STRING counter: the last deadline id handed out. */
    public static String deadlineSequence() {
        return PREFIX + "dl:seq";
    }

    /** SET: ids of an influencer's deadlines, open and closed. */
    public static String deadlinesOf(String influencerId) {
        return PREFIX + "dl:inf:" + influencerId;
    }

    /** ZSET: open deadline ids scored by due date (epoch day), for reports. */
    public static String openDeadlines() {
        return PREFIX + "dl:open";
    }

    /** HASH: an influencer's delivery record: closed (delivered), onTime. */
    public static String deadlineReliability(String influencerId) {
        return PREFIX + "dl:rel:" + influencerId;
    }

    /** STRING, SET NX: the 30-days-ahead alert for one contract end date went out. */
    public static String contractAlerted(String influencerId, String endDate) {
        return PREFIX + "dl:contract:" + influencerId + ":" + endDate;
    }

    // ---- Industry brief (行业早报): core/…/brief; docs/ARCHITECTURE.md "The industry brief" ----

    /** HASH: feed source id to "url\ttopic\taddedBy\taddedAt ms". */
    public static String briefSources() {
        return PREFIX + "brief:src";
    }

    /** STRING counter: the last feed source id handed out. */
    public static String briefSourceSequence() {
        return PREFIX + "brief:src:seq";
    }

    /** HASH: one source's cache: items (one encoded item a line), etag, lm (Last-Modified), at, ok, err. */
    public static String briefFeed(String sourceId) {
        return PREFIX + "brief:feed:" + sourceId;
    }

    /** HASH: operators' curated items, URL key to encoded item. */
    public static String briefCurated() {
        return PREFIX + "brief:curated";
    }

    /** STRING counter: bumped whenever sources' caches or curated items change (instances rebuild their pool). */
    public static String briefPoolVersion() {
        return PREFIX + "brief:pool:ver";
    }

    /** HASH: one group's brief settings (channel, chat, owner, time, zone, keywords, cap, lang, on). */
    public static String briefGroup(String groupId) {
        return PREFIX + "brief:group:" + groupId;
    }

    /** SET: ids of groups with brief settings. */
    public static String briefGroups() {
        return PREFIX + "brief:groups";
    }

    /** STRING with expiry: a group's brief of one local date: SENDING|token|ms, SENT|ms|n, RETRY|n|why, UNKNOWN|…, FAILED|…, SKIPPED|…. */
    public static String briefMark(String groupId, String date) {
        return PREFIX + "brief:mark:" + groupId + ":" + date;
    }

    /** ZSET: item keys (URL and title digests) a group was already sent, scored by when; pruned after weeks. */
    public static String briefShown(String groupId) {
        return PREFIX + "brief:shown:" + groupId;
    }

    /** STRING with expiry: a short link's target URL. */
    public static String briefLink(String code) {
        return PREFIX + "brief:link:" + code;
    }

    /** STRING with expiry, SET NX: an owner was told on that date that a source fails (told once a day). */
    public static String briefSourceFailureTold(String owner, String date, String sourceId) {
        return PREFIX + "brief:told:" + owner + ":" + date + ":" + sourceId;
    }

    /** STRING counter with expiry: brief sends in one second (channel rate limit shared by all instances). */
    public static String briefRate(long epochSecond) {
        return PREFIX + "rate:brief:" + epochSecond;
    }
}
