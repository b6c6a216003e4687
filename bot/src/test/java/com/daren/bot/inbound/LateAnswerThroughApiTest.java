package com.daren.bot.inbound;

import com.daren.bot.callback.WeChatChannelsTestSupport;
import com.daren.testkit.EncryptedPost;
import com.daren.testkit.FakeWeChatServer;
import com.daren.testkit.MpXml;
import com.daren.testkit.RecordedSend;
import com.daren.testkit.WeComXml;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that is not ready within the passive-reply budget: the callback is acknowledged at once with an empty
 * 200 and the answer follows through the channel's API, authenticated with a token WeChat issued. A zero budget
 * makes every answer late (the pipeline runs on another thread, so it is never done the instant it starts).
 */
@TestPropertySource(properties = "daren.callback.passive-reply-budget=PT0S")
class LateAnswerThroughApiTest extends WeChatChannelsTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aWeComAnswerThatIsNotReadyInTimeIsSentThroughTheAppMessageApi() {
        HttpResponse<String> response = postWeCom(weCom.encryptedPost(
                WeComXml.text(CORP_ID, "operator", "/help", uniqueId(), now(), AGENT_ID), now(), nonce()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        List<RecordedSend> sends = WECHAT.awaitSends(1, WAIT); // the fake records only sends with a token it issued
        assertThat(sends).hasSize(1);
        RecordedSend send = sends.get(0);
        assertThat(send.api()).isEqualTo(FakeWeChatServer.WECOM);
        assertThat(send.path()).isEqualTo("/cgi-bin/message/send");
        assertThat(send.toUser()).isEqualTo("operator");
        assertThat(send.msgType()).isEqualTo("text");
        assertThat(send.content()).contains("可用命令").contains("/daren add");
        assertThat(send.rawJson()).contains("\"agentid\":" + AGENT_ID);
        assertThat(WECHAT.unknownRequests()).isEmpty();
    }

    @Test
    void anOfficialAccountAnswerThatIsNotReadyInTimeIsSentAsACustomerServiceMessage() {
        String openId = "oLate_" + uniqueId();
        EncryptedPost post = mp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId, "/whoami", uniqueId(), now()),
                now(), nonce());

        HttpResponse<String> response = postMp(post.mpQueryString(openId), post.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        RecordedSend send = WECHAT.awaitSends(1, WAIT).get(0);
        assertThat(send.api()).isEqualTo(FakeWeChatServer.MP);
        assertThat(send.path()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(send.toUser()).isEqualTo(openId);
        assertThat(send.content()).contains(openId);
    }

    @Test
    void aRetryOfALateAnswerIsNotAnsweredASecondTime() throws InterruptedException {
        EncryptedPost post = weCom.encryptedPost(
                WeComXml.text(CORP_ID, "operator", "/whoami", uniqueId(), now(), AGENT_ID), now(), nonce());

        assertThat(postWeCom(post).statusCode()).isEqualTo(200);
        WECHAT.awaitSends(1, WAIT);
        assertThat(postWeCom(post).statusCode()).isEqualTo(200);
        Thread.sleep(500);

        assertThat(WECHAT.sent()).hasSize(1);
    }
}
