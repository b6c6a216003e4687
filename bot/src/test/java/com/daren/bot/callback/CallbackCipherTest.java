package com.daren.bot.callback;

import com.daren.testkit.WeChatCallbackClient;
import com.daren.testkit.WeComXml;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our own AES envelope, both ways, checked against WxJava's WxCryptUtil (what WeChat's own side does). */
class CallbackCipherTest {

    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"; // WeCom docs' sample key
    private static final String CORP_ID = "wx5823bf96d3bd56c7";

    private final WeChatCallbackClient weChat = new WeChatCallbackClient(TOKEN, AES_KEY, CORP_ID);
    private final CallbackCipher cipher = new CallbackCipher(AES_KEY, CORP_ID);

    @Test
    void opensWhatWxJavaEncryptsForUs() {
        String plain = WeComXml.text(CORP_ID, "zhangsan", "报名 <达人> ]]> & more", 1234567890123456L, 1700000000L, 1000002);

        assertThat(cipher.open(encrypt(weChat, plain))).isEqualTo(plain);
    }

    @Test
    void opensPayloadsOfEveryLengthAroundTheBlockAndPaddingBoundaries() {
        for (int n = 0; n <= 70; n++) {
            String plain = "<xml>" + "x".repeat(n) + "中</xml>";
            assertThat(cipher.open(encrypt(weChat, plain))).as("length %d", n).isEqualTo(plain);
        }
    }

    @Test
    void opensCiphertextBrokenAcrossLinesLikeMimeBase64() {
        String encrypted = encrypt(weChat, "<xml/>");
        String wrapped = encrypted.substring(0, 20) + "\r\n" + encrypted.substring(20);

        assertThat(cipher.open(wrapped)).isEqualTo("<xml/>");
    }

    @Test
    void refusesAPayloadEncryptedForAnotherReceiverWith403() {
        String encrypted = encrypt(new WeChatCallbackClient(TOKEN, AES_KEY, "wxsomeone0else"), "<xml/>");

        assertThatThrownBy(() -> cipher.open(encrypted)).isInstanceOfSatisfying(CallbackRejected.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void refusesAReceiverIdThatOnlyStartsLikeOurs() {
        String encrypted = encrypt(new WeChatCallbackClient(TOKEN, AES_KEY, CORP_ID + "x"), "<xml/>");
        CallbackCipher shorter = new CallbackCipher(AES_KEY, CORP_ID.substring(0, CORP_ID.length() - 1));

        assertThatThrownBy(() -> cipher.open(encrypted)).isInstanceOfSatisfying(CallbackRejected.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> shorter.open(encrypt(weChat, "<xml/>"))).isInstanceOfSatisfying(
                CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void refusesGarbageWith400() {
        String valid = encrypt(weChat, "<xml><Content>hello</Content></xml>");
        String sixteenBytes = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        for (String garbage : new String[] {"", "!!!!", "not base64 at all", sixteenBytes,
                valid.substring(0, valid.length() - 8), "A" + valid}) {
            assertThatThrownBy(() -> cipher.open(garbage)).as(garbage).isInstanceOfSatisfying(CallbackRejected.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }

    @Test
    void refusesAPayloadEncryptedWithAnotherKey() {
        String otherKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        String encrypted = encrypt(new WeChatCallbackClient(TOKEN, otherKey, CORP_ID), "<xml><Content>hi</Content></xml>");

        assertThatThrownBy(() -> cipher.open(encrypted)).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void refusesAKeyThatIsNotAnEncodingAesKey() {
        assertThatThrownBy(() -> new CallbackCipher("tooShort", CORP_ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealsAReplyWeChatCanVerifyAndDecrypt() {
        String plain = PassiveReply.text("zhangsan", CORP_ID, Instant.ofEpochSecond(1700000000L), "账号：zhangsan ]]> <b>");

        String sealed = cipher.seal(plain, TOKEN, Instant.ofEpochSecond(1700000042L));

        assertThat(weChat.decryptReply(sealed)).isEqualTo(plain); // checks MsgSignature over TimeStamp and Nonce
        assertThat(sealed).contains("<TimeStamp>1700000042</TimeStamp>");
    }

    @Test
    void sealsEveryLengthAroundTheBlockAndPaddingBoundariesForOurReceiverId() {
        for (int n = 0; n <= 70; n++) {
            String plain = "<xml>" + "y".repeat(n) + "中</xml>";
            String sealed = cipher.seal(plain, TOKEN, Instant.ofEpochSecond(1700000000L));
            String encrypted = sealed.substring(sealed.indexOf("<![CDATA[") + 9, sealed.indexOf("]]></Encrypt>"));

            assertThat(cipher.open(encrypted)).as("length %d", n).isEqualTo(plain);
            assertThat(weChat.decryptReply(sealed)).as("length %d", n).isEqualTo(plain);
        }
    }

    @Test
    void sealsEachReplyWithItsOwnNonceAndRandomPrefix() {
        Instant now = Instant.ofEpochSecond(1700000000L);

        assertThat(cipher.seal("<xml/>", TOKEN, now)).isNotEqualTo(cipher.seal("<xml/>", TOKEN, now));
    }

    private static String encrypt(WeChatCallbackClient client, String plain) {
        return client.encryptedPost(plain, 1700000000L, "nonce").encrypt();
    }
}
