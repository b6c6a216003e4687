package com.daren.bot.brief;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import com.daren.community.Group;
import com.daren.community.GroupBound;
import com.daren.community.GroupChatType;
import com.daren.community.GroupStore;
import com.daren.testkit.FeedServer;
import com.daren.testkit.FeedServer.Entry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The brief as operators use it, through the simulator, with the real timer, real Redis and feeds on a local
 * HTTP server: sources, keywords, schedule, preview, now (once a day), a failing source told to the owner, links.
 */
@DarenIntegrationTest
class BriefFlowTest {

    static final FeedServer FEEDS = FeedServer.start();

    @LocalServerPort
    int port;
    @Autowired
    GroupStore groups;
    @Autowired
    ApplicationEventPublisher events;

    SimulatorClient chat;
    String room;
    String p;

    @BeforeEach
    void setUp() {
        chat = new SimulatorClient(port);
        String n = UUID.randomUUID().toString().substring(0, 8);
        room = "早报群" + n;
        p = "/" + n;
        Group g = groups.bind(Group.bind(GroupChatType.SIM, room, room, "op_li", ZoneId.of("Asia/Shanghai"), "test", Instant.now()));
        events.publishEvent(new GroupBound(g.id(), "test", Instant.now()));
    }

    @AfterAll
    static void stop() {
        FEEDS.close();
    }

    private String op(String text) {
        return chat.say("operator", text);
    }

    private String inGroup(String text) {
        return chat.say("operator", room, text);
    }

    private String outbox() {
        return get("/api/sim/outbox").body();
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Briefs posted into the room (replies to operators, such as a preview, are addressed to them). */
    private long briefsInRoom() {
        return Pattern.compile("\"recipientId\":\"\",\"chatId\":\"" + Pattern.quote(room) + "\",\"text\":\"【行业早报】").matcher(outbox()).results().count();
    }

    @Test
    void theBriefListsTodaysRemindersSetInTheGroup() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        java.time.LocalDateTime at = java.time.LocalDateTime.now(shanghai).plusMinutes(3).withSecond(0).withNano(0);
        org.junit.jupiter.api.Assumptions.assumeTrue(at.toLocalDate().equals(java.time.LocalDate.now(shanghai)),
                "a reminder three minutes from now must still be today in Shanghai");
        String when = at.toString();

        assertThat(inGroup("/remind " + when + " 直播彩排" + p + " group")).contains(when.substring(11, 16));

        assertThat(inGroup("/brief preview")).contains("今日提醒").contains(when.substring(11, 16) + " 直播彩排" + p);
    }

    @Test
    void anOperatorAddsFeedsPicksKeywordsPreviewsAndSendsTheBriefOnceADay() {
        Instant now = Instant.now();
        FEEDS.rss(p + "/beauty", "美妆", List.of(
                new Entry("美妆品牌Q4投放加码" + p, "https://news.example" + p + "/mz?utm_source=rss", now.minusSeconds(600), "投放")));
        FEEDS.atom(p + "/ecom", "电商", List.of(
                new Entry("美妆品牌Q4投放加码" + p, "https://news.example" + p + "/mz", now.minusSeconds(500), null),
                new Entry("数码新品发布" + p, "https://news.example" + p + "/sm", now.minusSeconds(300), "数码")));

        assertThat(op("/brief source add " + FEEDS.url(p + "/beauty") + " 美妆")).contains("已添加资讯源", "美妆");
        assertThat(op("/brief source add " + FEEDS.url(p + "/ecom") + " 电商")).contains("已添加资讯源");
        await().atMost(Duration.ofSeconds(20)).until(() -> op("/brief source list").contains(p + "/ecom [电商] · 2 条"));

        assertThat(inGroup("/brief schedule 09:15 Asia/Shanghai")).contains("每天 09:15（Asia/Shanghai）发送");
        assertThat(inGroup("/brief keywords 美妆")).contains("关键词：美妆");
        String preview = inGroup("/brief preview");
        assertThat(preview).startsWith("【行业早报】").contains("1. 美妆品牌Q4投放加码" + p, "/b/").doesNotContain("数码新品");
        assertThat(preview.split("美妆品牌Q4投放加码", -1)).as("the same story from two feeds, once").hasSize(2);

        assertThat(inGroup("/brief now")).contains("马上发出");
        await().atMost(Duration.ofSeconds(15)).until(() -> briefsInRoom() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> inGroup("/brief now").contains("已经发过了"));

        Matcher link = Pattern.compile("/b/([0-9a-f]+)").matcher(preview);
        assertThat(link.find()).isTrue();
        HttpResponse<String> redirect = get("/b/" + link.group(1));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains(p + "/mz"));
        assertThat(briefsInRoom()).isEqualTo(1);
    }

    @Test
    void aFailingSourceDoesNotStopTheBriefAndItsOwnerIsToldWhy() {
        Instant now = Instant.now();
        FEEDS.rss(p + "/ok", "ok", List.of(new Entry("能抓到的新闻" + p, "https://news.example" + p + "/ok", now, null)));
        op("/brief source add " + FEEDS.url(p + "/ok"));
        op("/brief source add " + FEEDS.url(p + "/gone"));
        await().atMost(Duration.ofSeconds(20)).until(() -> op("/brief source list").contains(p + "/gone · 0 条")
                && op("/brief source list").contains("❌ HTTP 404"));

        op("/brief now group=" + room);

        await().atMost(Duration.ofSeconds(15)).until(() -> briefsInRoom() == 1);
        assertThat(outbox()).contains("能抓到的新闻" + p);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("早报资讯源抓取失败（群 " + room));
        assertThat(outbox()).contains(p + "/gone: HTTP 404");
    }

    @Test
    void wrongInputGetsAOneLineUsageAnswer() {
        assertThat(inGroup("/brief schedule 25:99")).contains("时间应为 HH:mm").contains("/brief schedule");
        assertThat(inGroup("/brief schedule 08:30 Mars/Base")).contains("不认识的时区");
        assertThat(op("/brief preview")).contains("请在群里使用，或加上 group=<群>");
        assertThat(op("/brief source add ftp://x.example/feed")).contains("http:// 或 https://");
        assertThat(chat.say("op_en", "/brief source remove s999")).contains("no source s999");
    }
}
