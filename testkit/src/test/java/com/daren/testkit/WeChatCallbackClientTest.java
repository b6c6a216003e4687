package com.daren.testkit;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeChatCallbackClientTest {

    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"; // WeCom docs' sample key
    private static final String CORP_ID = "wx5823bf96d3bd56c7";

    private final WeChatCallbackClient client = new WeChatCallbackClient(TOKEN, AES_KEY, CORP_ID);

    @Test
    void encryptedPostRoundTripsAndSignatureVerifies() {
        String plain = WeComXml.text(CORP_ID, "zhangsan", "报名 <达人> ]]> & more", 1234567890123456L, 1700000000L, 1000002);
        EncryptedPost p = client.encryptedPost(plain, 1700000000L, "nonce123");

        WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, CORP_ID);
        assertEquals(plain, crypt.decrypt(p.encrypt()));
        assertEquals(p.msgSignature(), WeChatSignatures.msgSignature(TOKEN, "1700000000", "nonce123", p.encrypt()));
        // WxJava's own verification of the outer XML, exactly what the bot's endpoint will run.
        assertEquals(plain, crypt.decryptXml(p.msgSignature(), "1700000000", "nonce123", p.body()));
        assertTrue(p.body().contains("<AgentID><![CDATA[1000002]]></AgentID>"), p.body());
        assertEquals("msg_signature=" + p.msgSignature() + "&timestamp=1700000000&nonce=nonce123", p.queryString());

        WxCpDefaultConfigImpl cfg = new WxCpDefaultConfigImpl();
        cfg.setCorpId(CORP_ID);
        cfg.setToken(TOKEN);
        cfg.setAesKey(AES_KEY);
        WxCpXmlMessage msg = WxCpXmlMessage.fromEncryptedXml(p.body(), cfg, "1700000000", "nonce123", p.msgSignature());
        assertEquals("报名 <达人> ]]> & more", msg.getContent());
        assertEquals("zhangsan", msg.getFromUserName());
        assertEquals(1000002, Integer.parseInt(msg.getAgentId()));
    }

    @Test
    void mpSafeModePostParsesWithWxJava() {
        WeChatCallbackClient mpClient = new WeChatCallbackClient(TOKEN, AES_KEY, "wxapp1");
        String plain = MpXml.event("gh_123", "openid1", "subscribe", "qrscene_42", 1700000000L);
        EncryptedPost p = mpClient.encryptedPost(plain, 1700000000L, "n1");
        Map<String, String> q = parse(p.mpQueryString("openid1"));
        assertEquals(WeChatSignatures.signature(TOKEN, "1700000000", "n1"), q.get("signature"));
        assertEquals("aes", q.get("encrypt_type"));

        WxMpDefaultConfigImpl cfg = new WxMpDefaultConfigImpl();
        cfg.setAppId("wxapp1");
        cfg.setToken(TOKEN);
        cfg.setAesKey(AES_KEY);
        WxMpXmlMessage msg = WxMpXmlMessage.fromEncryptedXml(p.body(), cfg, "1700000000", "n1", q.get("msg_signature"));
        assertEquals("subscribe", msg.getEvent());
        assertEquals("qrscene_42", msg.getEventKey());
        assertEquals("gh_123", msg.getToUser());
    }

    @Test
    void urlVerificationIsEncodedAndDecryptable() {
        Map<String, String> q = parse(client.urlVerification("echo-4711", 1700000000L, "n 2"));
        String echostr = q.get("echostr");
        assertEquals(q.get("msg_signature"), WeChatSignatures.msgSignature(TOKEN, "1700000000", "n 2", echostr));
        assertEquals("echo-4711", new WxCryptUtil(TOKEN, AES_KEY, CORP_ID).decrypt(echostr));
    }

    @Test
    void decryptReplyChecksTheSignature() {
        String replyPlain = "<xml><Content><![CDATA[收到]]></Content></xml>";
        String reply = new WxCryptUtil(TOKEN, AES_KEY, CORP_ID).encrypt(replyPlain); // how WxJava builds passive replies
        assertEquals(replyPlain, client.decryptReply(reply));

        String tampered = reply.replaceFirst("<MsgSignature><!\\[CDATA\\[[0-9a-f]", "<MsgSignature><![CDATA[z");
        assertThrows(AssertionError.class, () -> client.decryptReply(tampered));
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> m = new HashMap<>();
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            m.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }
        return m;
    }
}
