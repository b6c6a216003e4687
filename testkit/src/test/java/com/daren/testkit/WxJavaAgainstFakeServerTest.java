package com.daren.testkit;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fake is only useful if the real WxJava clients (what the bot uses) accept it. */
class WxJavaAgainstFakeServerTest {

    private final FakeWeChatServer server = FakeWeChatServer.start("corp1", "csecret", "wxapp1", "msecret");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void wecomSendRefreshesExpiredTokenAndSurfacesErrcodes() throws Exception {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId("corp1");
        config.setCorpSecret("csecret");
        config.setAgentId(1000002);
        config.setBaseApiUrl(server.baseUrl());
        WxCpServiceImpl cp = new WxCpServiceImpl();
        cp.setWxCpConfigStorage(config);

        cp.getMessageService().send(WxCpMessage.TEXT().agentId(1000002).toUser("zhangsan").content("hello").build());
        server.expireAllTokens(); // WxJava must refresh on 42001 and retry
        cp.getMessageService().send(WxCpMessage.TEXT().agentId(1000002).toUser("lisi").content("again").build());

        var sent = server.awaitSends(2, Duration.ofSeconds(2));
        assertEquals("hello", sent.get(0).content());
        assertEquals("lisi", sent.get(1).toUser());
        assertEquals(2, server.tokenRequests("wecom"));

        server.failNext(1, 45009, "api freq out of limit");
        WxErrorException e = assertThrows(WxErrorException.class, () ->
                cp.getMessageService().send(WxCpMessage.TEXT().agentId(1000002).toUser("u").content("x").build()));
        assertEquals(45009, e.getError().getErrorCode());
    }

    @Test
    void mpCustomerServiceSend() throws Exception {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId("wxapp1");
        config.setSecret("msecret");
        config.setHostConfig(new WxMpHostConfig(server.baseUrl(), server.baseUrl(), server.baseUrl()));
        WxMpServiceImpl mp = new WxMpServiceImpl();
        mp.setWxMpConfigStorage(config);

        mp.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser("openid1").content("你好").build());

        RecordedSend s = server.awaitSends(1, Duration.ofSeconds(2)).get(0);
        assertEquals("mp", s.api());
        assertEquals("openid1", s.toUser());
        assertEquals("你好", s.content());
        assertEquals(1, server.tokenRequests("mp"));
    }
}
