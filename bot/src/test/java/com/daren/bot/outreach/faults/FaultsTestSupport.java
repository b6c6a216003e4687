package com.daren.bot.outreach.faults;

import com.daren.bot.DarenIntegrationTest;
import com.daren.crm.Influencer;
import com.daren.crm.InfluencerStore;
import com.daren.outreach.Enrollment;
import com.daren.outreach.EnrollmentStore;
import com.daren.outreach.StepOutcome;
import com.daren.store.RedisKeys;
import com.daren.testkit.FakeWeChatServer;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The whole service (real timer: Quartz ticking every second, real embedded Redis, WeCom pointed at
 * {@link FaultsSetup#WECHAT} over HTTP) with the fault-test settings. Every class extending this shares one context.
 * Each test stops the enrolments it made afterwards, so nothing of one test is still due while the next one counts.
 */
@DarenIntegrationTest
abstract class FaultsTestSupport {

    static final FakeWeChatServer WECHAT = FaultsSetup.WECHAT;

    @DynamicPropertySource
    static void faultSettings(DynamicPropertyRegistry registry) {
        FaultsSetup.appProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected InfluencerStore influencers;

    @Autowired
    protected EnrollmentStore enrollments;

    private final List<String> started = new ArrayList<>();

    @Autowired
    private WxCpService weCom;

    /**
     * A fresh WeCom token in Redis before each test, as a running deployment has. Without one, a burst of steps would
     * queue on WxJava's token lock (it retries once a second), and with the tests' 10 s lease the queue alone could
     * outlast a claim.
     */
    @BeforeEach
    void freshFakeAndToken() throws WxErrorException {
        WECHAT.clear();
        weCom.getAccessToken(true);
        WECHAT.clear();
    }

    @AfterEach
    void stopWhatThisTestStarted() {
        for (String id : started) {
            for (int attempt = 0; attempt < 10; attempt++) {
                try {
                    Enrollment e = enrollments.get(id).orElse(null);
                    if (e == null || e.state().ended()
                            || enrollments.save(e, e.stop("test finished"), Instant.now(), w -> { }).isPresent()) {
                        break;
                    }
                } catch (RuntimeException retry) {
                    // a connection the test cut may still be coming back
                }
            }
        }
        started.clear();
    }

    /** A new operator id (the influencers' owner, who gets the alerts). */
    static String owner() {
        return "op" + FaultsSetup.uniqueId();
    }

    List<Influencer> influencers(int n, String prefix, String owner) {
        return IntStream.range(0, n).mapToObj(i -> FaultsSetup.influencer(influencers, prefix, owner)).toList();
    }

    List<Enrollment> enrol(List<Influencer> who, String owner, Instant due) {
        List<Enrollment> e = FaultsSetup.enrol(enrollments, who, owner, Instant.now(), due);
        e.forEach(x -> started.add(x.id()));
        return e;
    }

    List<String> ids(List<Enrollment> e) {
        return e.stream().map(Enrollment::id).toList();
    }

    Map<String, StepOutcome> firstSteps(List<Enrollment> e) {
        return FaultsSetup.firstSteps(enrollments, ids(e));
    }

    /** The port of the embedded redis-server this context started. */
    int redisPort(org.springframework.core.env.Environment env) {
        return Integer.parseInt(env.getRequiredProperty("spring.data.redis.port"));
    }

    long waiting() {
        Long n = redis.opsForZSet().zCard(RedisKeys.due(EnrollmentStore.QUEUE));
        return n == null ? 0 : n;
    }
}
