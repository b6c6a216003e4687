package com.daren.bot.outreach.faults;

import com.daren.bot.DarenApplication;
import com.daren.bot.redis.EmbeddedRedis;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.StepOutcome;
import org.junit.jupiter.api.Test;
import com.daren.store.RedisKeys;
import com.daren.testkit.RecordedSend;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpRedisTemplateConfigImpl;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.daren.bot.outreach.faults.FaultsSetup.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real process kill: the app runs as its own JVM on a redis-server this test starts, sending first steps to the
 * fake WeChat API in this JVM; it is killed (SIGKILL, no shutdown hooks) in the middle of the burst, and a second JVM
 * takes over from what Redis says. Every add_msg_template the fake receives is counted, including those the killed
 * process had on the wire (the fake, like WeChat, completes them).
 */
class ProcessKillTest {

    private static final int ENROLMENTS = 200;
    private static final int KILL_AFTER_SENDS = 50;

    @Test
    void twoHundredEnrolmentsKilledMidBurstSentPlusUnknownIsTwoHundredNoneSentTwice() throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start("");
        LettuceConnectionFactory connections = new LettuceConnectionFactory("127.0.0.1", redis.port());
        Process first = null;
        Process second = null;
        try {
            String url = "redis://127.0.0.1:" + redis.port();
            // The test writes the enrolments and reads them back through core's stores on its own connection.
            connections.afterPropertiesSet();
            connections.start();
            StringRedisTemplate template = new StringRedisTemplate(connections);
            InfluencerStore influencers = new InfluencerStore(template, Clock.systemUTC());
            EnrollmentStore enrollments = new EnrollmentStore(template);
            String owner = "opkill" + FaultsSetup.uniqueId();
            List<Influencer> who = IntStream.range(0, ENROLMENTS)
                    .mapToObj(i -> FaultsSetup.influencer(influencers, "kill", owner)).toList();
            List<String> ids = FaultsSetup.enrol(enrollments, who, owner, Instant.now(), Instant.now()).stream()
                    .map(Enrollment::id).toList();
            // WeCom's token is in Redis already, as for a deployment that has been running: the children start
            // sending at once instead of queueing on WxJava's token lock.
            WxCpRedisTemplateConfigImpl token = new WxCpRedisTemplateConfigImpl(template, RedisKeys.weComTokenPrefix());
            token.setCorpId(FaultsSetup.CORP_ID);
            token.setAgentId(FaultsSetup.AGENT_ID);
            token.setCorpSecret(FaultsSetup.CORP_SECRET);
            token.setBaseApiUrl(WECHAT.baseUrl());
            WxCpServiceImpl weCom = new WxCpServiceImpl();
            weCom.setWxCpConfigStorage(token);
            weCom.getAccessToken(true);
            WECHAT.clear();
            // Each send takes 0.2 s at WeChat, so at any moment of the burst several steps are SENDING.
            WECHAT.delayNext(2 * ENROLMENTS, Duration.ofMillis(200));

            first = startApp(url, "first", 20); // 20 sends a second: the kill lands mid-burst
            Process running = first;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
                if (!running.isAlive()) {
                    throw new AssertionError("the first instance exited with " + running.exitValue() + "; see its log");
                }
                return FaultsSetup.massSendsToAny(who) >= KILL_AFTER_SENDS;
            });
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("killed").isTrue();
            long sentBeforeKill = FaultsSetup.massSendsToAny(who);
            assertThat(sentBeforeKill).as("killed mid-burst, not after it").isLessThan(ENROLMENTS);

            second = startApp(url, "second", 40);
            Process takingOver = second;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!takingOver.isAlive()) {
                    throw new AssertionError("the second instance exited with " + takingOver.exitValue() + "; see its log");
                }
                return FaultsSetup.allSettled(FaultsSetup.firstSteps(enrollments, ids), ENROLMENTS);
            });
            Thread.sleep(500); // a request still on the wire has reached the fake by now

            Map<String, StepOutcome> outcomes = FaultsSetup.firstSteps(enrollments, ids);
            Map<StepOutcome, Long> byOutcome = FaultsSetup.countBy(outcomes);
            long sent = byOutcome.getOrDefault(StepOutcome.AWAITING_CONFIRMATION, 0L);
            long unknown = byOutcome.getOrDefault(StepOutcome.UNKNOWN, 0L);
            Map<String, Long> perCustomer = FaultsSetup.massSendsPerCustomer();
            String summary = "sends before the kill=" + sentBeforeKill + " outcomes=" + byOutcome
                    + " sends=" + FaultsSetup.massSendsToAny(who);
            System.out.println("ProcessKillTest: " + summary);
            assertThat(sent + unknown).as("sent + unknown == 200, nothing lost: " + summary).isEqualTo(ENROLMENTS);
            for (int i = 0; i < ENROLMENTS; i++) {
                long sends = perCustomer.getOrDefault(who.get(i).wecomExternalUserId(), 0L);
                StepOutcome outcome = outcomes.get(ids.get(i));
                String customer = who.get(i).wecomExternalUserId();
                assertThat(sends).as("enrolment %s (%s): no step sent twice; sent at %s", ids.get(i), outcome,
                        WECHAT.sent().stream().filter(x -> customer.equals(x.toUser())).map(RecordedSend::at).toList())
                        .isLessThanOrEqualTo(1);
                if (outcome == StepOutcome.AWAITING_CONFIRMATION) {
                    assertThat(sends).as("enrolment %s recorded as sent: WeChat got it once", ids.get(i)).isEqualTo(1);
                }
            }
        } finally {
            stop(first);
            stop(second);
            connections.destroy();
            redis.stop();
            WECHAT.clear(); // the delays not used up
        }
    }

    /** The app as a separate JVM on the given Redis, logging to target/faults-&lt;name&gt;.log (bot/target in Maven). */
    private static Process startApp(String redisUrl, String name, int perSecond) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The module's classes and dependencies, without its test classes: the app as it ships.
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-cp", classpath, DarenApplication.class.getName()));
        command.addAll(List.of(FaultsSetup.args(Map.of(
                "spring.data.redis.url", redisUrl,
                "server.port", "0",
                "daren.outreach.per-second", Integer.toString(perSecond)))));
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("faults-" + name + ".log");
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(new File(".")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
