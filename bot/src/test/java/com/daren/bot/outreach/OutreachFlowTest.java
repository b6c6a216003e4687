package com.daren.bot.outreach;

import com.daren.bot.DarenIntegrationTest;
import com.daren.bot.SimulatorClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outreach as an operator and an influencer live it, through the simulator, with the real timer (Quartz ticking
 * every second) on real Redis. Uses the all-day demo sequence so the test runs at any hour.
 */
@DarenIntegrationTest
class OutreachFlowTest {

    @LocalServerPort
    int port;

    SimulatorClient chat;
    String h;
    String simId;

    @BeforeEach
    void setUp() {
        chat = new SimulatorClient(port);
        h = "o" + UUID.randomUUID().toString().substring(0, 8);
        simId = "inf_" + h;
        op("/daren add @" + h + " platform=xiaohongshu followers=8000 name=小" + h + " sim=" + simId);
    }

    private String op(String text) {
        return chat.say("operator", text);
    }

    private String outbox() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sim/outbox"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long messagesTo(String recipient) {
        String box = outbox();
        return box.split("\"recipientId\":\"" + recipient + "\"", -1).length - 1L;
    }

    @Test
    void enrollingSendsTheIntroAtOnceAndMovesTheInfluencerToContacted() {
        assertThat(op("/seq start demo-fast @" + h)).contains("已加入 1 位").contains("@" + h);
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo(simId) >= 1);
        assertThat(op("/daren show @" + h)).contains("已联系");
        assertThat(op("/seq status @" + h)).contains("demo-fast").contains("进行中").contains("intro sent");
    }

    @Test
    void aReplyStopsTheSequenceMovesToNegotiatingAndTellsTheOwner() {
        op("/seq start demo-fast @" + h);
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo(simId) >= 1);

        chat.say(simId, "你好，可以聊聊合作");

        assertThat(op("/seq status @" + h)).contains("已回复");
        assertThat(op("/daren show @" + h)).contains("洽谈中");
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("可以聊聊合作"));
        assertThat(outbox()).contains("跟进已自动停止");
    }

    @Test
    void anOptOutWordOptsOutForGoodConfirmsOnceAndBlocksNewSequences() {
        chat.say(simId, "退订");
        chat.say(simId, "TD");
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().contains("已为您退订"));
        assertThat(outbox().split("已为您退订", -1).length - 1).as("confirmed once").isEqualTo(1);
        assertThat(op("/daren show @" + h)).contains("已退订");
        assertThat(op("/seq start demo-fast @" + h)).contains("跳过 1 位").contains("已退订");
    }

    @Test
    void someoneAlreadyInASequenceIsSkippedWithTheReason() {
        op("/seq start demo-fast @" + h);
        assertThat(op("/seq start demo-fast @" + h)).contains("已加入 0 位").contains("已在序列 demo-fast 中");
    }

    @Test
    void pauseResumeAndStopAreTheOperatorsToCall() {
        op("/seq start demo-fast @" + h);
        assertThat(op("/seq pause @" + h)).contains("已暂停");
        assertThat(op("/seq status @" + h)).contains("已暂停");
        assertThat(op("/seq resume @" + h)).contains("已继续");
        assertThat(op("/seq stop @" + h + " 改为线下联系")).contains("已停止");
        assertThat(op("/seq status @" + h)).contains("已停止").contains("改为线下联系");
    }

    @Test
    void statsCountEnrolmentsAndSends() {
        op("/seq start demo-fast @" + h);
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo(simId) >= 1);
        assertThat(op("/seq stats demo-fast")).contains("序列 demo-fast：加入").contains("1. intro");
        assertThat(op("/seq list")).contains("demo-fast").contains("first-contact");
    }

    @Test
    void anUnknownSequenceAnswersWithTheAvailableOnes() {
        assertThat(op("/seq start nosuch @" + h)).contains("没有序列「nosuch」").contains("first-contact");
    }
}
