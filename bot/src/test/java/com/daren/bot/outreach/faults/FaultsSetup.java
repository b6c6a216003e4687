package com.daren.bot.outreach.faults;

import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.crm.Platform;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.StepOutcome;
import com.daren.outreach.StepRecord;
import com.daren.testkit.FakeWeChatServer;
import com.daren.testkit.RecordedSend;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the fault tests share: one fake WeChat API for this package (never the one other test classes use, so no
 * other context's timer can eat an injected fault), the settings every app instance of these tests runs with, and
 * helpers to create WeCom-linked influencers, enrol them and count what WeChat really received.
 */
final class FaultsSetup {

    static final String CORP_ID = "wwdaren0faults0corp";
    static final String CORP_SECRET = "corp-secret-for-fault-tests";
    static final int AGENT_ID = 1000003;
    static final String WECOM_TOKEN = "weComToken4Faults";
    static final String WECOM_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String MP_APP_ID = "wxdaren0faults0app";
    static final String MP_SECRET = "mp-secret-for-fault-tests";

    static final String ADD_MSG_TEMPLATE = "/cgi-bin/externalcontact/add_msg_template";
    static final String APP_MESSAGE = "/cgi-bin/message/send";
    /**
     * demo-fast's intro alone (all day, so the tests run at any hour; nothing more for a day), from
     * src/test/resources/faults/sequences: every add_msg_template to an influencer is that one step, so a second
     * one is a double send and never demo-fast's follow-up 30 s later.
     */
    static final String SEQUENCE = "faults-once";

    /** WeChat's side, for every app instance these tests start (in this JVM or as child processes). */
    static final FakeWeChatServer WECHAT = FakeWeChatServer.start(CORP_ID, CORP_SECRET, MP_APP_ID, MP_SECRET);

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

    private FaultsSetup() {
    }

    /**
     * Settings of every instance: WeCom pointed at the fake; retries after 1 s (doubling); up to 1 s of jitter (a
     * rate-limited burst comes due again spread over the following seconds, not at the top of each);
     * leases of 10 s (longer than WxJava's 5 s read timeout, so a slow send is never recovered while it runs);
     * recovered steps spread over 1 s; 40 sends a second (bursts are spread by it), no practical daily cap per owner;
     * and a per-customer cap of 1,000 a day so the cap never hides a second send of the same step (it would turn it
     * into "not now").
     */
    static Map<String, String> appProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("daren.wecom.corp-id", CORP_ID);
        p.put("daren.wecom.agent-id", Integer.toString(AGENT_ID));
        p.put("daren.wecom.secret", CORP_SECRET);
        p.put("daren.wecom.token", WECOM_TOKEN);
        p.put("daren.wecom.aes-key", WECOM_AES_KEY);
        p.put("daren.wecom.api-base-url", WECHAT.baseUrl());
        p.put("daren.wecom.external.cap-per-customer", "1000");
        p.put("daren.outreach.sequences-folder", sequencesFolder());
        p.put("daren.outreach.first-backoff", "PT1S");
        p.put("daren.outreach.jitter", "PT1S");
        p.put("daren.outreach.late-spread", "PT1S");
        p.put("daren.outreach.per-second", "40");
        p.put("daren.outreach.per-sender-daily", "100000");
        p.put("daren.scheduler.lease", "PT10S");
        p.put("daren.templates.folder", "");
        p.put("daren.redis.embedded.data-dir", "");
        return p;
    }

    private static String sequencesFolder() {
        try {
            return Path.of(FaultsSetup.class.getResource("/faults/sequences/faults-once.yml").toURI()).getParent()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #appProperties()} plus overrides, as command-line arguments (they win over application.yml). */
    static String[] args(Map<String, String> overrides) {
        Map<String, String> p = appProperties();
        p.putAll(overrides);
        return p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    static long uniqueId() {
        return IDS.incrementAndGet();
    }

    /** A new influencer reachable only as a WeCom external contact, owned by {@code owner}. */
    static Influencer influencer(InfluencerStore store, String prefix, String owner) {
        long n = uniqueId();
        return store.create(Influencer.builder(Platform.XIAOHONGSHU, prefix + n).name("达人" + n)
                .wecomExternalUserId("wm" + prefix + n).owner(owner).build(), "faults-test");
    }

    /** Enrols each influencer in {@link #SEQUENCE} with its first step due at {@code due}; the enrolments, same order. */
    static List<Enrollment> enrol(EnrollmentStore store, List<Influencer> influencers, String owner, Instant now, Instant due) {
        List<Enrollment> out = new ArrayList<>();
        for (Influencer i : influencers) {
            out.add(store.start(Enrollment.start(store.nextId(), i.id(), SEQUENCE, owner, now), due));
        }
        return out;
    }

    /** add_msg_template requests WeChat accepted (a task was created), counted per external contact. */
    static Map<String, Long> massSendsPerCustomer() {
        return WECHAT.sent().stream().filter(s -> ADD_MSG_TEMPLATE.equals(s.path()))
                .collect(Collectors.groupingBy(RecordedSend::toUser, Collectors.counting()));
    }

    static long massSendsTo(String externalUserId) {
        return massSendsPerCustomer().getOrDefault(externalUserId, 0L);
    }

    static long massSendsToAny(List<Influencer> influencers) {
        Map<String, Long> perCustomer = massSendsPerCustomer();
        return influencers.stream().mapToLong(i -> perCustomer.getOrDefault(i.wecomExternalUserId(), 0L)).sum();
    }

    /** WeCom app messages (operator alerts) to {@code employee}. */
    static List<String> alertsTo(String employee) {
        return WECHAT.sent().stream().filter(s -> APP_MESSAGE.equals(s.path()) && employee.equals(s.toUser()))
                .map(RecordedSend::content).toList();
    }

    static Optional<StepOutcome> firstStep(EnrollmentStore store, String enrollmentId) {
        return store.get(enrollmentId).map(e -> e.stepRecord(0)).map(StepRecord::outcome);
    }

    /** The first step's outcome of each enrolment (SENDING while in flight; missing key: not tried yet). */
    static Map<String, StepOutcome> firstSteps(EnrollmentStore store, List<String> enrollmentIds) {
        Map<String, StepOutcome> out = new LinkedHashMap<>();
        for (String id : enrollmentIds) {
            firstStep(store, id).ifPresent(o -> out.put(id, o));
        }
        return out;
    }

    /** True when every first step has settled as sent (a confirmable task) or flagged unknown. */
    static boolean allSettled(Map<String, StepOutcome> outcomes, int expected) {
        return outcomes.size() == expected && outcomes.values().stream()
                .allMatch(o -> o == StepOutcome.AWAITING_CONFIRMATION || o == StepOutcome.UNKNOWN);
    }

    static <K> Map<StepOutcome, Long> countBy(Map<K, StepOutcome> outcomes) {
        return outcomes.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
