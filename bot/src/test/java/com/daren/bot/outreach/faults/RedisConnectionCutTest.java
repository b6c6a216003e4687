package com.daren.bot.outreach.faults;

import com.daren.crm.Influencer;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentState;
import com.daren.outreach.StepOutcome;
import com.daren.outreach.StepRecord;
import com.daren.store.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.daren.bot.outreach.faults.FaultsSetup.massSendsPerCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis connections cut while the timer dispatches: {@code CLIENT KILL TYPE normal}, sent over a raw socket (not the
 * app's client), drops every connection the app's Lettuce client holds, mid-command. Lettuce reconnects; a command on
 * the wire fails (the caller cannot tell whether the script ran), one not yet written goes out after the reconnect.
 * Every other cut first stalls Redis for 100 ms so that many commands are on the wire. The claims, versioned writes
 * and recovery must still give every step exactly one send or an "unknown" flag.
 */
class RedisConnectionCutTest extends FaultsTestSupport {

    private static final int ENROLMENTS = 120;
    private static final int CUTS = 8;

    @Autowired
    Environment environment;

    @Test
    void hundredTwentyStepsEightConnectionCutsNoneSentTwiceNoneLost() throws Exception {
        String owner = owner();
        List<Influencer> who = influencers(ENROLMENTS, "cut", owner);
        List<Enrollment> enrolled = enrol(who, owner, Instant.now().plusSeconds(1));

        int killed = 0;
        try (Socket admin = new Socket("127.0.0.1", redisPort(environment))) {
            admin.setSoTimeout(5_000);
            for (int cut = 0; cut < CUTS; cut++) {
                // Cut right as a send lands, so the cut hits a burst of steps in flight (claims, SENDING marks,
                // token reads, step records), not the quiet part of a second.
                long before = FaultsSetup.massSendsToAny(who);
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(2))
                        .until(() -> FaultsSetup.massSendsToAny(who) > before);
                // Never this connection (CLIENT KILL skips the caller); again while the app is still reconnecting.
                int cutNow = 0;
                for (int tries = 0; cutNow == 0 && tries < 500; tries++) {
                    cutNow = clientKillNormal(admin, cut % 2 == 1);
                    if (cutNow == 0) {
                        Thread.sleep(2);
                    }
                }
                killed += cutNow;
            }
        }
        long sentDuringCuts = FaultsSetup.massSendsToAny(who);

        // Settle: lost replies leave claims leased until the lease (10 s) ends; recovery then decides.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> FaultsSetup.allSettled(firstSteps(enrolled), ENROLMENTS));

        Map<String, StepOutcome> outcomes = firstSteps(enrolled);
        Map<StepOutcome, Long> byOutcome = FaultsSetup.countBy(outcomes);
        long sent = byOutcome.getOrDefault(StepOutcome.AWAITING_CONFIRMATION, 0L);
        long unknown = byOutcome.getOrDefault(StepOutcome.UNKNOWN, 0L);
        Thread.sleep(300); // a send still on the wire when the last step settled is recorded by now
        Map<String, Long> perCustomer = massSendsPerCustomer();
        String summary = "cuts=" + CUTS + " connections killed=" + killed + " sent while cutting=" + sentDuringCuts
                + " outcomes=" + byOutcome;

        System.out.println("RedisConnectionCutTest: " + summary);
        assertThat(killed).as("the app's connections were really cut: " + summary).isGreaterThanOrEqualTo(CUTS);
        assertThat(sent + unknown).as("120 = sent + unknown, nothing lost: " + summary).isEqualTo(ENROLMENTS);
        for (int i = 0; i < ENROLMENTS; i++) {
            long sends = perCustomer.getOrDefault(who.get(i).wecomExternalUserId(), 0L);
            StepOutcome outcome = outcomes.get(enrolled.get(i).id());
            assertThat(sends).as("%s: at most one send (%s) %s", who.get(i).handle(), outcome, summary).isLessThanOrEqualTo(1);
            if (outcome == StepOutcome.AWAITING_CONFIRMATION) {
                assertThat(sends).as("%s recorded as sent, so WeChat got it once", who.get(i).handle()).isEqualTo(1);
            }
            String detail = enrollments.get(enrolled.get(i).id()).orElseThrow().stepRecord(0).detail();
            if (outcome == StepOutcome.UNKNOWN && detail.startsWith("no answer from WeCom")) {
                // No HTTP fault here: a request that left reached the fake. "No answer" without one is a false alarm
                // that pauses the enrolment and bothers its owner for nothing (a Redis error is not a lost request).
                assertThat(sends).as("%s flagged '%s' but WeChat never got a request", who.get(i).handle(), detail)
                        .isEqualTo(1);
            }
        }
    }

    /**
     * The cut above hits WxJava now and then while it reads its access token from Redis, before any request to WeChat:
     * made certain here by putting a HASH where the token string lives (every read of it fails, like a dropped
     * connection). Nothing can have reached WeChat, so the step is retried, not flagged unknown: 1 send, 0 alerts.
     */
    @Test
    void redisFailingWhileWxJavaReadsItsTokenRetriesTheStepNoFalseUnknownOneSendNoAlert() {
        String owner = owner();
        java.util.Set<String> tokenKeys = redis.keys(RedisKeys.weComTokenPrefix() + "*access_token*");
        assertThat(tokenKeys).as("WxJava's token key").hasSize(1);
        String tokenKey = tokenKeys.iterator().next();
        redis.delete(tokenKey);
        redis.opsForHash().put(tokenKey, "not", "a string");
        redis.expire(tokenKey, Duration.ofHours(1));
        Influencer lily = influencers(1, "tokr", owner).get(0);

        Enrollment e = enrol(List.of(lily), owner, Instant.now()).get(0);

        await().atMost(Duration.ofSeconds(15)).until(() -> FaultsSetup.firstStep(enrollments, e.id()).isPresent()
                && FaultsSetup.firstStep(enrollments, e.id()).get() != StepOutcome.SENDING);
        StepRecord failed = enrollments.get(e.id()).orElseThrow().stepRecord(0);
        assertThat(failed.outcome()).as("a Redis error before the request: " + failed).isEqualTo(StepOutcome.FAILED);
        assertThat(WECHAT.attempts()).as("WeChat was not called").isZero();
        redis.delete(tokenKey); // Redis is well again: WxJava fetches a new token

        await().atMost(Duration.ofSeconds(15)).until(() -> FaultsSetup.firstStep(enrollments, e.id())
                .orElse(null) == StepOutcome.AWAITING_CONFIRMATION);
        assertThat(FaultsSetup.massSendsTo(lily.wecomExternalUserId())).isEqualTo(1);
        assertThat(enrollments.get(e.id()).orElseThrow().state()).isEqualTo(EnrollmentState.ACTIVE);
        assertThat(FaultsSetup.alertsTo(owner)).as("no one was told of an unknown outcome").isEmpty();
    }

    /**
     * RESP {@code CLIENT KILL TYPE normal}; answers how many connections Redis closed. With {@code stallFirst}, a
     * script first holds the server for 100 ms, pipelined with the kill: whatever the app wrote meanwhile is on the
     * wire, unanswered, when its connection goes.
     */
    private static int clientKillNormal(Socket socket, boolean stallFirst) {
        try {
            OutputStream out = socket.getOutputStream();
            if (stallFirst) {
                out.write(resp("EVAL", STALL, "0"));
            }
            out.write(resp("CLIENT", "KILL", "TYPE", "normal"));
            out.flush();
            InputStream in = socket.getInputStream();
            if (stallFirst) {
                expectInteger(readLine(in));
            }
            return expectInteger(readLine(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Busy for 100 ms (Redis runs one script at a time and nothing else meanwhile). */
    private static final String STALL = """
            local t = redis.call('TIME')
            local start = tonumber(t[1]) * 1000000 + tonumber(t[2])
            repeat
              local n = redis.call('TIME')
            until tonumber(n[1]) * 1000000 + tonumber(n[2]) - start > 100000
            return 1
            """;

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("redis closed the admin connection");
            }
            line.append((char) c);
        }
        return line.toString().strip();
    }

    private static int expectInteger(String reply) {
        if (!reply.startsWith(":")) {
            throw new IllegalStateException("redis answered " + reply);
        }
        return Integer.parseInt(reply.substring(1));
    }

    private static byte[] resp(String... parts) {
        StringBuilder b = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            b.append('$').append(p.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(p).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
