package com.daren.bench;

import com.daren.bot.wecom.WeComProperties;
import jakarta.annotation.PreDestroy;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.api.WxMessageInMemoryDuplicateChecker;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.bean.message.WxCpXmlOutMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.message.WxCpMessageRouter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's baseline: a WeCom callback endpoint the way WxJava's own Spring Boot demo writes one
 * (wx-java-cp-demo's {@code WxPortalController}). WxJava checks the signature and decrypts, its router de-duplicates
 * in memory ({@link WxMessageInMemoryDuplicateChecker}) and runs one synchronous handler that answers a fixed text,
 * and the answer goes back as an encrypted passive reply. No Redis, no replay guard, no commands, no templates.
 *
 * <p>Registered only by {@link DarenUnderTest}, beside the real application, at {@value #PATH}.
 */
@RestController
@RequestMapping(BaselineCallbackController.PATH)
public class BaselineCallbackController {

    public static final String PATH = "/bench/baseline-callback";
    /** What every baseline reply says. */
    public static final String REPLY = "baseline: received";

    private final WxCpService wxCpService;
    private final WxCpMessageRouter router;

    public BaselineCallbackController(WeComProperties properties) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(properties.corpId());
        config.setAgentId(properties.agentId());
        config.setCorpSecret(properties.secret());
        config.setToken(properties.token());
        config.setAesKey(properties.aesKey());
        config.setBaseApiUrl(properties.apiBaseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        this.wxCpService = service;
        this.router = new WxCpMessageRouter(service);
        this.router.setMessageDuplicateChecker(new WxMessageInMemoryDuplicateChecker());
        this.router.rule().async(false).msgType(WxConsts.XmlMsgType.TEXT)
                .handler((message, context, cp, sessions) -> WxCpXmlOutMessage.TEXT().content(REPLY)
                        .fromUser(message.getToUserName()).toUser(message.getFromUserName()).build())
                .end();
    }

    @PostMapping(produces = "application/xml; charset=UTF-8")
    public String post(@RequestBody String requestBody,
                       @RequestParam("msg_signature") String signature,
                       @RequestParam("timestamp") String timestamp,
                       @RequestParam("nonce") String nonce) {
        WxCpXmlMessage inMessage = WxCpXmlMessage.fromEncryptedXml(requestBody, wxCpService.getWxCpConfigStorage(),
                timestamp, nonce, signature);
        WxCpXmlOutMessage outMessage = router.route(inMessage);
        if (outMessage == null) {
            return "";
        }
        return outMessage.toEncryptedXml(wxCpService.getWxCpConfigStorage());
    }

    @PreDestroy
    void close() {
        router.shutDownExecutorService();
    }
}
