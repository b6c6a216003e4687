package com.daren.bot.wecom;

import com.daren.bot.callback.WeChatChannelsTestSupport;
import com.daren.store.RedisKeys;
import com.daren.testkit.EncryptedPost;
import com.daren.testkit.WeChatCallbackClient;
import com.daren.testkit.WeChatSignatures;
import com.daren.testkit.WeComXml;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The WeCom app's callback URL, driven over HTTP exactly as WeCom's servers drive it. */
class WeComCallbackTest extends WeChatChannelsTestSupport {

    private static final String OPERATOR = "operator";

    // ---------------------------------------------------------------- URL verification

    @Test
    void urlVerificationWithACorrectSignatureAnswersTheDecryptedEchostr() {
        String echo = "echo-" + uniqueId();
        HttpResponse<String> response = weCom.get(url("/wecom/callback") + "?" + weCom.urlVerification(echo, now(), nonce()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(echo);
    }

    @Test
    void urlVerificationWithAWrongSignatureIsRefusedWith403() {
        String query = weCom.urlVerification("echo-" + uniqueId(), now(), nonce());
        String signature = query.substring("msg_signature=".length(), query.indexOf('&'));
        String forged = "msg_signature=" + oneCharOff(signature) + query.substring(query.indexOf('&'));

        HttpResponse<String> response = weCom.get(url("/wecom/callback") + "?" + forged);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("echo-");
    }

    // ---------------------------------------------------------------- messages and passive replies

    @Test
    void anOperatorAskingForHelpGetsAPassiveEncryptedReplyAddressedToThem() {
        HttpResponse<String> response = say(OPERATOR, "/help");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        String reply = weComReply(response); // also checks the reply's MsgSignature
        assertThat(field(reply, "ToUserName")).isEqualTo(OPERATOR);
        assertThat(field(reply, "FromUserName")).isEqualTo(CORP_ID);
        assertThat(field(reply, "MsgType")).isEqualTo("text");
        assertThat(field(reply, "Content")).contains("可用命令").contains("/help").contains("/daren add");
        assertThat(WECHAT.sent()).as("a passive reply is not also sent through the API").isEmpty();
    }

    @Test
    void aGuestAskingForHelpIsGreetedAndSeesOnlyTheGuestCommands() {
        String text = weComReplyText(say("influencer_" + uniqueId(), "/help"));

        assertThat(text).contains("你好").contains("/whoami").doesNotContain("/daren add");
    }

    @Test
    void anInfluencerAddedWith5000FollowersIsShownAsMicro() {
        String handle = "micro_" + uniqueId();

        String added = weComReplyText(say(OPERATOR, "/daren add @" + handle + " platform=douyin followers=5000"));
        assertThat(added).contains("已添加达人").contains("@" + handle).contains("micro");

        String shown = weComReplyText(say(OPERATOR, "/daren show @" + handle));
        assertThat(shown).contains("@" + handle).contains("micro").contains("5,000");
    }

    // ---------------------------------------------------------------- retries and de-duplication

    @Test
    void theSameMessageDeliveredThreeTimesIsProcessedOnce() {
        String handle = "dup_" + uniqueId();
        String add = "/daren add @" + handle + " platform=douyin followers=2000";
        EncryptedPost delivery = weCom.encryptedPost(text(OPERATOR, add, uniqueId()), now(), nonce());

        HttpResponse<String> first = postWeCom(delivery);
        HttpResponse<String> second = postWeCom(delivery);
        HttpResponse<String> third = postWeCom(delivery);

        assertThat(weComReplyText(first)).contains("已添加达人").contains("@" + handle);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEmpty();
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(third.body()).isEmpty();
        assertThat(WECHAT.sent()).as("a dropped retry is not answered through the API either").isEmpty();

        assertThat(weComReplyText(say(OPERATOR, add))).as("the same command as a new message")
                .contains("已经有记录").contains("@" + handle);
    }

    @Test
    void aRetryEncryptedAfreshWithTheSameMsgIdIsStillProcessedOnce() {
        String handle = "dup_" + uniqueId();
        String plain = text(OPERATOR, "/daren add @" + handle + " platform=xiaohongshu followers=3000", uniqueId());

        HttpResponse<String> first = postWeCom(weCom.encryptedPost(plain, now(), nonce()));
        HttpResponse<String> retry = postWeCom(weCom.encryptedPost(plain, now(), nonce()));

        assertThat(weComReplyText(first)).contains("已添加达人");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEmpty();
    }

    @Test
    void twoDifferentEventsFromTheSameUserInTheSameSecondAreBothTaken() {
        String user = "evt_user_" + uniqueId();
        long second = now();

        HttpResponse<String> enter = postWeCom(weCom.encryptedPost(
                WeComXml.event(CORP_ID, user, "enter_agent", "", second, AGENT_ID), second, nonce()));
        HttpResponse<String> subscribe = postWeCom(weCom.encryptedPost(
                WeComXml.event(CORP_ID, user, "subscribe", null, second, AGENT_ID), second, nonce()));

        assertThat(enter.statusCode()).as(enter.body()).isEqualTo(200);
        assertThat(subscribe.statusCode()).as(subscribe.body()).isEqualTo(200);
        assertThat(enter.body()).as("events are not answered").isEmpty();
        assertThat(subscribe.body()).isEmpty();
        assertThat(keys(RedisKeys.inboundSeen("wecom", "evt:" + user + ":*"))).isEqualTo(2);

        // ...while a retry of one of them is still recognised as the same event.
        HttpResponse<String> retry = postWeCom(weCom.encryptedPost(
                WeComXml.event(CORP_ID, user, "subscribe", null, second, AGENT_ID), second, nonce()));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(keys(RedisKeys.inboundSeen("wecom", "evt:" + user + ":*"))).isEqualTo(2);
    }

    // ---------------------------------------------------------------- authentication and replay

    @Test
    void aPostWithAWrongSignatureIsRefusedWith403AndHasNoEffect() {
        String handle = "forged_" + uniqueId();
        long msgId = uniqueId();
        String nonce = nonce();
        EncryptedPost post = weCom.encryptedPost(
                text(OPERATOR, "/daren add @" + handle + " platform=douyin followers=5000", msgId), now(), nonce);
        String forgedQuery = "msg_signature=" + oneCharOff(post.msgSignature()) + "&timestamp=" + post.timestamp()
                + "&nonce=" + nonce;

        HttpResponse<String> response = postWeCom(forgedQuery, post.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("wecom", "msg:" + msgId))).isFalse();
        assertThat(redis.hasKey(RedisKeys.callbackNonce("wecom", nonce))).as("the nonce is not even remembered").isFalse();
        assertThat(WECHAT.sent()).isEmpty();
        assertThat(weComReplyText(say(OPERATOR, "/daren show @" + handle))).contains("没有找到");
    }

    @Test
    void aCorrectlySignedCallbackWithAStaleTimestampIsRefusedWith403() {
        long msgId = uniqueId();
        long tenMinutesAgo = now() - Duration.ofMinutes(10).toSeconds();
        EncryptedPost post = weCom.encryptedPost(text(OPERATOR, "/help", msgId, tenMinutesAgo), tenMinutesAgo, nonce());

        HttpResponse<String> response = postWeCom(post);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("wecom", "msg:" + msgId))).isFalse();
    }

    @Test
    void aCorrectlySignedCallbackFromTooFarInTheFutureIsRefusedWith403() {
        long inTenMinutes = now() + Duration.ofMinutes(10).toSeconds();

        HttpResponse<String> response = postWeCom(
                weCom.encryptedPost(text(OPERATOR, "/help", uniqueId()), inTenMinutes, nonce()));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aCorrectlySignedAbsurdTimestampIsRefusedNotAServerError() {
        HttpResponse<String> response = postWeCom(
                weCom.encryptedPost(text(OPERATOR, "/help", uniqueId()), Long.MAX_VALUE, nonce()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertClean(response);
    }

    @Test
    void aNonceReusedForAnotherPayloadIsRefusedWhileAnIdenticalRetryIsAccepted() {
        String nonce = nonce();
        long ts = now();
        long secondMsgId = uniqueId();
        EncryptedPost original = weCom.encryptedPost(text(OPERATOR, "/whoami", uniqueId()), ts, nonce);
        EncryptedPost other = weCom.encryptedPost(text(OPERATOR, "/help", secondMsgId), ts, nonce);

        assertThat(postWeCom(original).statusCode()).isEqualTo(200);
        HttpResponse<String> reused = postWeCom(other);
        HttpResponse<String> retry = postWeCom(original);

        assertThat(reused.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("wecom", "msg:" + secondMsgId))).isFalse();
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).as("already answered").isEmpty();
    }

    @Test
    void aPayloadEncryptedForAnotherCorpIsRefusedWith403() {
        long msgId = uniqueId();
        WeChatCallbackClient otherCorp = new WeChatCallbackClient(WECOM_TOKEN, WECOM_AES_KEY, "wwsomeone0else0corp");

        HttpResponse<String> response = postWeCom(otherCorp.encryptedPost(text(OPERATOR, "/help", msgId)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("wecom", "msg:" + msgId))).isFalse();
    }

    @Test
    void aPayloadForAnotherAgentIsRefusedWith403() {
        long msgId = uniqueId();
        String plain = WeComXml.text(CORP_ID, OPERATOR, "/help", msgId, now(), AGENT_ID + 1);

        HttpResponse<String> response = postWeCom(weCom.encryptedPost(plain));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("wecom", "msg:" + msgId))).isFalse();
    }

    // ---------------------------------------------------------------- hostile and broken requests

    @Test
    void malformedXmlIsRefusedWith400() {
        HttpResponse<String> response = postWeCom(anyQuery(), "<xml><Encrypt>abc</Encrypt>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedWith400WithoutLeakingDetails() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>&xxe;</ToUserName><Encrypt>&xxe;</Encrypt></xml>";

        HttpResponse<String> response = postWeCom(anyQuery(), xxe);

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void xmlWithABillionLaughsIsRefusedWith400() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<xml><Encrypt>&lol9;</Encrypt></xml>";

        HttpResponse<String> response = postWeCom(anyQuery(), bomb);

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void anExternalEntityInsideACorrectlySignedPayloadIsRefusedWith400() {
        String plain = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName>operator</FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content>"
                + "<MsgId>" + uniqueId() + "</MsgId><AgentID>" + AGENT_ID + "</AgentID></xml>";

        // Encrypted by hand: the testkit's client reads the plaintext itself, and it refuses a DOCTYPE too.
        String encrypt = new WxCryptUtil(WECOM_TOKEN, WECOM_AES_KEY, CORP_ID).encrypt("0123456789abcdef", plain);
        String ts = Long.toString(now());
        String nonce = nonce();
        String query = "msg_signature=" + WeChatSignatures.msgSignature(WECOM_TOKEN, ts, nonce, encrypt)
                + "&timestamp=" + ts + "&nonce=" + nonce;

        HttpResponse<String> response = postWeCom(query, "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
        assertThat(WECHAT.sent()).isEmpty();
    }

    @Test
    void aCorrectlySignedPayloadWithGarbledFieldsIsRefusedNotAServerError() {
        String plain = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName>"
                + "<FromUserName><![CDATA[operator]]></FromUserName><CreateTime>yesterday</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[/help]]></Content>"
                + "<MsgId>not-a-number</MsgId><AgentID>" + AGENT_ID + "</AgentID></xml>";

        HttpResponse<String> response = postWeCom(weCom.encryptedPost(plain));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void aBodyOver64KiBIsRefusedWith413() {
        String body = "<xml><Encrypt>" + "A".repeat(64 * 1024) + "</Encrypt></xml>";

        HttpResponse<String> response = postWeCom(anyQuery(), body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertClean(response);
    }

    @Test
    void aJsonBodyIsRefusedWith415() {
        HttpResponse<String> response = send(request("/wecom/callback?" + anyQuery())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Encrypt\":\"abc\"}")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertClean(response);
    }

    @Test
    void aPostWithoutMsgSignatureIsRefusedWith400() {
        EncryptedPost post = weCom.encryptedPost(text(OPERATOR, "/help", uniqueId()));

        HttpResponse<String> response = postWeCom("timestamp=" + post.timestamp() + "&nonce=" + post.nonce(), post.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void aPostWithoutEncryptElementIsRefusedWith400() {
        HttpResponse<String> response = postWeCom(anyQuery(), "<xml><ToUserName>x</ToUserName></xml>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void anEmptyBodyIsRefusedWith400() {
        HttpResponse<String> response = postWeCom(anyQuery(), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    @Test
    void aCorrectlySignedNonNumericTimestampIsRefusedWith400() {
        EncryptedPost post = weCom.encryptedPost(text(OPERATOR, "/help", uniqueId()));
        String signature = WeChatSignatures.msgSignature(WECOM_TOKEN, "soon", post.nonce(), post.encrypt());

        HttpResponse<String> response = postWeCom("msg_signature=" + signature + "&timestamp=soon&nonce="
                + post.nonce(), post.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertClean(response);
    }

    // ---------------------------------------------------------------- helpers

    private HttpResponse<String> say(String user, String content) {
        return postWeCom(weCom.encryptedPost(text(user, content, uniqueId()), now(), nonce()));
    }

    private static String text(String user, String content, long msgId) {
        return text(user, content, msgId, now());
    }

    private static String text(String user, String content, long msgId, long createTime) {
        return WeComXml.text(CORP_ID, user, content, msgId, createTime, AGENT_ID);
    }

    /** Syntactically complete query parameters; their signature is never reached by the requests using them. */
    private static String anyQuery() {
        return "msg_signature=" + "0".repeat(40) + "&timestamp=" + now() + "&nonce=" + nonce();
    }

    private static void assertClean(HttpResponse<String> response) {
        assertThat(response.statusCode()).isNotEqualTo(500);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at com.")
                .doesNotContain("at org.").doesNotContain("at java.");
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(200);
    }
}
