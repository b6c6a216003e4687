package com.daren.bot.community.points;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import com.daren.bot.community.CommunityTestSupport;
import com.daren.bot.community.CommunityTestSupport.Bound;
import com.daren.testkit.SettableClock;
import com.daren.community.GroupStore;
import com.daren.community.MemberCheckedIn;
import com.daren.store.RedisKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in, streaks, points and the leaderboard through the simulator on embedded Redis, with a clock we move. */
@DarenIntegrationTest
@Import({CommunityTestSupport.ClockConfig.class, PointsFlowTest.CheckIns.class})
class PointsFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    GroupStore groups;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SettableClock clock;
    @Autowired
    CheckIns checkIns;

    private SimulatorClient chat;
    private Bound group;

    @BeforeEach
    void bindAGroup() {
        chat = new SimulatorClient(port);
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        group = CommunityTestSupport.bindGroup(groups, "op_li", clock);
    }

    @Test
    void secondCheckInSameDayIsRefused() {
        assertThat(chat.say("lily", group.chat(), "签到")).contains("@lily 签到成功 +5 积分").contains("连续签到 1 天");
        clock.advance(Duration.ofHours(10));
        assertThat(chat.say("lily", group.chat(), "签到！")).contains("今天已经签到过了").contains("共 5 积分");
        assertThat(chat.say("lily", group.chat(), "/checkin")).contains("今天已经签到过了");
        assertThat(checkIns.of(group.id(), "lily")).isEqualTo(1);
    }

    @Test
    void theDayTurnsAtMidnightInTheGroupsZoneWithStreaks() {
        clock.set(Instant.parse("2026-03-02T15:59:00Z")); // 23:59 in Shanghai
        assertThat(chat.say("mia", group.chat(), "签到")).contains("连续签到 1 天");
        clock.set(Instant.parse("2026-03-02T16:01:00Z")); // 00:01 the next day in Shanghai, same UTC day
        assertThat(chat.say("mia", group.chat(), "签到")).contains("+6 积分").contains("连续签到 2 天").contains("共 11 积分");
        clock.advance(Duration.ofDays(1));
        assertThat(chat.say("mia", group.chat(), "打卡")).contains("+7 积分").contains("连续签到 3 天");
        clock.advance(Duration.ofDays(2)); // a day missed
        assertThat(chat.say("mia", group.chat(), "签到")).contains("+5 积分").contains("连续签到 1 天").contains("共 23 积分");
    }

    @Test
    void fiftyMembersCheckingInAtOnceAreEachCountedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = IntStream.range(0, 100).mapToObj(i -> pool.submit(() -> {
                start.await();
                return chat.say("c" + (i % 50), group.chat(), "签到");  // each member twice, all at once
            })).toList();
            start.countDown();
            int accepted = 0;
            for (Future<String> answer : answers) {
                accepted += answer.get(60, TimeUnit.SECONDS).contains("签到成功") ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(redis.opsForZSet().zCard(RedisKeys.points(group.id(), "all"))).isEqualTo(50);
        assertThat(redis.opsForZSet().rangeByScore(RedisKeys.points(group.id(), "all"), 5, 5)).hasSize(50);
        assertThat(IntStream.range(0, 50).map(i -> checkIns.of(group.id(), "c" + i)).sum()).isEqualTo(50);
    }

    @Test
    void operatorsAwardPointsAndTheLeaderboardRanksByPeriod() {
        chat.say("ann", group.chat(), "签到");
        assertThat(chat.say("op_li", group.chat(), "/points give @bob 10 完成试用任务")).contains("已给 bob 加 10 积分（完成试用任务）");
        assertThat(chat.say("op_li", "/积分 解答 @ann group=" + group.id())).contains("已给 ann 加 10 积分");
        assertThat(chat.say("ann", group.chat(), "积分")).contains("@ann 的积分：共 15").contains("排名第 1").contains("连续签到 1 天");

        clock.advance(Duration.ofDays(7));
        chat.say("op_li", group.chat(), "/points give @cat 3 晒单");
        assertThat(chat.say("ann", group.chat(), "/rank")).contains("总榜").containsSubsequence("1. ann 15", "2. bob 10", "3. cat 3");
        assertThat(chat.say("ann", group.chat(), "/rank week")).contains("本周榜").contains("1. cat 3").doesNotContain("ann");
        assertThat(chat.say("ann", group.chat(), "/排行 月")).contains("本月榜");
    }

    @Test
    void badAwardsAndGuestsAreRefused() {
        assertThat(chat.say("op_li", group.chat(), "/points give @bob lots")).contains("分数应为").contains("用法");
        assertThat(chat.say("op_li", group.chat(), "/points give @bob 5000")).contains("±1000");
        assertThat(chat.say("bob", group.chat(), "/points give @bob 10")).contains("抱歉");
        assertThat(chat.say("bob", "签到")).contains("群");
    }

    @Test
    void aCheckInMentionedInChatIsNotACheckIn() {
        chat.say("dan", group.chat(), "我昨天忘了签到");
        assertThat(checkIns.of(group.id(), "dan")).isZero();
    }

    /** Counts the MemberCheckedIn events the app publishes (what group activity listens to). */
    @Component
    static class CheckIns {
        private final List<MemberCheckedIn> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MemberCheckedIn event) {
            seen.add(event);
        }

        int of(String group, String member) {
            return (int) seen.stream().filter(e -> e.groupId().equals(group) && e.memberId().equals(member)).count();
        }
    }
}
