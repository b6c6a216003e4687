package com.daren.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplate;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplateAddResult;
import me.chanjar.weixin.cp.bean.external.contact.WxCpGroupMsgSendResult;
import me.chanjar.weixin.cp.bean.external.msg.Text;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customer-contact mass-send tasks on the fake, through the real WxJava client the bot uses. */
class FakeExternalContactTest {

    private final FakeWeChatServer server = FakeWeChatServer.start("corp1", "csecret", "wxapp1", "msecret");
    private final WxCpServiceImpl cp = client();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void taskIsRecordedAsSentAndStaysUnconfirmedUntilTheTestConfirmsIt() throws Exception {
        WxCpMsgTemplateAddResult created = cp.getExternalContactService().addMsgTemplate(template("wm_lily", "你好 Lily"));

        assertTrue(created.getMsgId().startsWith("msg"));
        assertTrue(created.getFailList() == null || created.getFailList().isEmpty());
        RecordedSend sent = server.awaitSends(1, Duration.ofSeconds(2)).get(0);
        assertEquals("wecom", sent.api());
        assertEquals("/cgi-bin/externalcontact/add_msg_template", sent.path());
        assertEquals("wm_lily", sent.toUser());
        assertEquals("你好 Lily", sent.content());
        assertEquals(1, server.attempts());

        assertEquals(0, status(created.getMsgId(), "zhangsan"));
        server.confirmTask(created.getMsgId());
        WxCpGroupMsgSendResult result = cp.getExternalContactService()
                .getGroupMsgSendResult(created.getMsgId(), "zhangsan", 100, null);
        assertEquals(1, result.getSendList().get(0).getStatus());
        assertEquals("wm_lily", result.getSendList().get(0).getExternalUserId());
        assertTrue(result.getSendList().get(0).getSendTime() > 0);
        assertEquals(1, server.attempts(), "polling is not a send attempt");
        assertEquals(2, server.taskPolls());
    }

    @Test
    void failedTaskReportsItsStatusAndOnlyToItsSender() throws Exception {
        String msgId = cp.getExternalContactService().addMsgTemplate(template("wm_a", "hi")).getMsgId();
        server.failTask(msgId, 3);
        assertEquals(3, status(msgId, "zhangsan"));
        assertTrue(cp.getExternalContactService().getGroupMsgSendResult(msgId, "lisi", 100, null).getSendList().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> server.failTask(msgId, 1));
        assertThrows(IllegalArgumentException.class, () -> server.confirmTask("msg-none"));
        WxErrorException unknown = assertThrows(WxErrorException.class, () ->
                cp.getExternalContactService().getGroupMsgSendResult("msg-none", "zhangsan", 100, null));
        assertEquals(40058, unknown.getError().getErrorCode());
    }

    @Test
    void customerInTheFailListIsAnsweredThereAndGetsNothing() throws Exception {
        server.putInFailList("wm_gone");
        WxCpMsgTemplateAddResult created = cp.getExternalContactService().addMsgTemplate(template("wm_gone", "hi"));
        assertEquals(List.of("wm_gone"), created.getFailList());
        assertTrue(server.sent().isEmpty());
        assertEquals(1, server.attempts());

        server.clear(); // the fail list is a test's set-up, like a fault
        cp.getExternalContactService().addMsgTemplate(template("wm_gone", "again"));
        assertEquals("again", server.awaitSends(1, Duration.ofSeconds(2)).get(0).content());
    }

    @Test
    void faultsAndTokensApplyToAddMsgTemplate() throws Exception {
        server.failNext(1, 45009, "api freq out of limit");
        WxErrorException busy = assertThrows(WxErrorException.class, () ->
                cp.getExternalContactService().addMsgTemplate(template("wm_a", "x")));
        assertEquals(45009, busy.getError().getErrorCode());

        server.expireAllTokens(); // WxJava must refresh on 42001 and retry
        cp.getExternalContactService().addMsgTemplate(template("wm_a", "after refresh"));
        assertEquals("after refresh", server.awaitSends(1, Duration.ofSeconds(2)).get(0).content());
        assertEquals(2, server.tokenRequests("wecom"));
        assertEquals(3, server.attempts());

        server.failNextWithHttpStatus(1, 502);
        HttpResponse<String> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/cgi-bin/externalcontact/add_msg_template?access_token=x")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(502, bad.statusCode());
        assertEquals(1, server.sent().size());
    }

    @Test
    void missingCustomerIsAnInvalidParameter() throws Exception {
        String token = JsonParser.parseString(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "/cgi-bin/gettoken?corpid=corp1&corpsecret=csecret")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject().get("access_token").getAsString();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/cgi-bin/externalcontact/add_msg_template?access_token=" + token))
                .POST(HttpRequest.BodyPublishers.ofString("{\"chat_type\":\"single\",\"text\":{\"content\":\"x\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(40058, o.get("errcode").getAsInt());
        assertFalse(o.has("msgid"));
    }

    private int status(String msgId, String sender) throws WxErrorException {
        return cp.getExternalContactService().getGroupMsgSendResult(msgId, sender, 100, null).getSendList().get(0).getStatus();
    }

    private static WxCpMsgTemplate template(String externalUserId, String content) {
        Text text = new Text();
        text.setContent(content);
        return WxCpMsgTemplate.builder().chatType("single").externalUserid(List.of(externalUserId)).sender("zhangsan")
                .text(text).build();
    }

    private WxCpServiceImpl client() {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId("corp1");
        config.setCorpSecret("csecret");
        config.setAgentId(1000002);
        config.setBaseApiUrl(server.baseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        return service;
    }
}
