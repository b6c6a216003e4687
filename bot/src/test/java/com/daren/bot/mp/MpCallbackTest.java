package com.daren.bot.mp;

import com.daren.bot.callback.WeChatChannelsTestSupport;
import com.daren.store.RedisKeys;
import com.daren.testkit.EncryptedPost;
import com.daren.testkit.MpXml;
import com.daren.testkit.WeChatSignatures;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Official Account's callback URL in safe mode, driven over HTTP exactly as WeChat drives it. */
class MpCallbackTest extends WeChatChannelsTestSupport {

    @Test
    void urlVerificationWithACorrectSignatureAnswersTheEchostr() {
        String echostr = "echo" + uniqueId();

        HttpResponse<String> response = mp.get(url("/mp/callback") + "?" + mp.mpUrlVerification(echostr, now(), nonce()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(echostr);
    }

    @Test
    void urlVerificationWithAWrongSignatureIsRefusedWith403() {
        String query = mp.mpUrlVerification("echo" + uniqueId(), now(), nonce());
        String signature = query.substring("signature=".length(), query.indexOf('&'));
        String forged = "signature=" + oneCharOff(signature) + query.substring(query.indexOf('&'));

        HttpResponse<String> response = mp.get(url("/mp/callback") + "?" + forged);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("echo");
    }

    @Test
    void aFollowerAskingWhoTheyAreGetsAPassiveEncryptedReplyWithTheirOpenId() {
        String openId = openId();
        EncryptedPost post = mp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId, "/whoami", uniqueId(), now()), now(), nonce());

        HttpResponse<String> response = postMp(post.mpQueryString(openId), post.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String reply = mp.decryptReply(response.body()); // also checks the reply's MsgSignature
        assertThat(field(reply, "ToUserName")).isEqualTo(openId);
        assertThat(field(reply, "FromUserName")).isEqualTo(MP_ORIGINAL_ID);
        assertThat(field(reply, "Content")).contains(openId).contains("mp");
        assertThat(WECHAT.sent()).as("a passive reply is not also sent through the API").isEmpty();
    }

    @Test
    void aWrongSignatureIsRefusedWith403AndHasNoEffect() {
        long msgId = uniqueId();
        EncryptedPost post = mp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", msgId, now()), now(), nonce());
        String query = post.mpQueryString().replace("signature=" + post.signature(),
                "signature=" + oneCharOff(post.signature()));

        HttpResponse<String> response = postMp(query, post.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("mp", "msg:" + msgId))).isFalse();
        assertThat(redis.hasKey(RedisKeys.callbackNonce("mp", post.nonce()))).isFalse();
    }

    @Test
    void aWrongMsgSignatureIsRefusedWith403EvenWhenTheSignatureIsRight() {
        long msgId = uniqueId();
        EncryptedPost post = mp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", msgId, now()), now(), nonce());
        String query = post.mpQueryString().replace("msg_signature=" + post.msgSignature(),
                "msg_signature=" + oneCharOff(post.msgSignature()));

        HttpResponse<String> response = postMp(query, post.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("mp", "msg:" + msgId))).isFalse();
    }

    @Test
    void aPlaintextCallbackToASafeModeAccountIsRefusedWith403() {
        long msgId = uniqueId();
        String ts = Long.toString(now());
        String nonce = nonce();
        String query = "signature=" + WeChatSignatures.signature(MP_TOKEN, ts, nonce) + "&timestamp=" + ts
                + "&nonce=" + nonce;

        HttpResponse<String> response = postMp(query, MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", msgId, now()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("mp", "msg:" + msgId))).isFalse();
    }

    @Test
    void aPayloadEncryptedForAnotherAppIsRefusedWith403() {
        var otherApp = new com.daren.testkit.WeChatCallbackClient(MP_TOKEN, MP_AES_KEY, "wxsomeone0else0app");
        long msgId = uniqueId();
        EncryptedPost post = otherApp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", msgId, now()));

        HttpResponse<String> response = postMp(post.mpQueryString(), post.body());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(redis.hasKey(RedisKeys.inboundSeen("mp", "msg:" + msgId))).isFalse();
    }

    @Test
    void aReplayOfTheSameMsgIdIsProcessedOnce() {
        String openId = openId();
        String plain = MpXml.text(MP_ORIGINAL_ID, openId, "/whoami", uniqueId(), now());
        EncryptedPost first = mp.encryptedPost(plain, now(), nonce());
        EncryptedPost reEncrypted = mp.encryptedPost(plain, now(), nonce());

        HttpResponse<String> original = postMp(first.mpQueryString(), first.body());
        HttpResponse<String> identicalRetry = postMp(first.mpQueryString(), first.body());
        HttpResponse<String> retryWithNewNonce = postMp(reEncrypted.mpQueryString(), reEncrypted.body());

        assertThat(mp.decryptReply(original.body())).contains(openId);
        assertThat(identicalRetry.statusCode()).isEqualTo(200);
        assertThat(identicalRetry.body()).isEmpty();
        assertThat(retryWithNewNonce.statusCode()).isEqualTo(200);
        assertThat(retryWithNewNonce.body()).isEmpty();
        assertThat(WECHAT.sent()).as("a dropped retry is not answered through the API either").isEmpty();
    }

    @Test
    void twoDifferentEventsFromTheSameFollowerInTheSameSecondAreBothTaken() {
        String openId = openId();
        long second = now();

        HttpResponse<String> subscribe = post(MpXml.event(MP_ORIGINAL_ID, openId, "subscribe", "qrscene_7", second));
        HttpResponse<String> click = post(MpXml.event(MP_ORIGINAL_ID, openId, "CLICK", "MENU_HELP", second));

        assertThat(subscribe.statusCode()).as(subscribe.body()).isEqualTo(200);
        assertThat(click.statusCode()).as(click.body()).isEqualTo(200);
        assertThat(keys(RedisKeys.inboundSeen("mp", "evt:" + openId + ":*"))).isEqualTo(2);
    }

    @Test
    void aCorrectlySignedStaleCallbackIsRefusedWith403() {
        long tenMinutesAgo = now() - 600;
        EncryptedPost post = mp.encryptedPost(
                MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", uniqueId(), tenMinutesAgo), tenMinutesAgo, nonce());

        assertThat(postMp(post.mpQueryString(), post.body()).statusCode()).isEqualTo(403);
    }

    @Test
    void malformedXmlWithAValidSignatureIsRefusedWith400() {
        EncryptedPost post = mp.encryptedPost(MpXml.text(MP_ORIGINAL_ID, openId(), "/whoami", uniqueId(), now()));

        HttpResponse<String> response = postMp(post.mpQueryString(), "<xml><Encrypt>" + post.encrypt());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aCorrectlySignedPayloadWithGarbledFieldsIsRefusedWith400NotAServerError() {
        String plain = "<xml><ToUserName><![CDATA[" + MP_ORIGINAL_ID + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + openId() + "]]></FromUserName><CreateTime>yesterday</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[/whoami]]></Content>"
                + "<MsgId>not-a-number</MsgId></xml>";

        HttpResponse<String> response = post(plain);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    private HttpResponse<String> post(String plainXml) {
        EncryptedPost post = mp.encryptedPost(plainXml, now(), nonce());
        return postMp(post.mpQueryString(), post.body());
    }

    private static String openId() {
        return "oDaren_" + uniqueId();
    }
}
