package com.daren.bench.outreach;

import com.daren.crm.Influencer;
import com.daren.outreach.DeliveryResult;
import com.daren.outreach.OutreachDelivery;
import com.daren.outreach.StepChannel;
import com.daren.outreach.StepDefinition;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * The one send both sides make: a WeCom app text message through WxJava's {@link WxCpServiceImpl} (its Apache
 * HttpClient, WxJava's defaults, retry settings as in the bot's WeComConfiguration), over loopback HTTP to the fake
 * WeChat server's {@code /cgi-bin/message/send}. The recipient ({@code touser}) is the influencer's handle, so the
 * fake server's recordings say who got what.
 */
final class WeComApp {

    static final String CORP_ID = "wwbenchoutreach0001";
    static final String SECRET = "bench-outreach-secret";
    static final int AGENT_ID = 1000002;

    private WeComApp() {
    }

    /** A client as a fresh process builds it: the access token is fetched on the first send. */
    static WxCpService client(String baseUrl) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(CORP_ID);
        config.setCorpSecret(SECRET);
        config.setAgentId(AGENT_ID);
        config.setBaseApiUrl(baseUrl);
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }

    static void send(WxCpService cp, String toUser, String text) throws WxErrorException {
        cp.getMessageService().send(WxCpMessage.TEXT().agentId(AGENT_ID).toUser(toUser).content(text).build());
    }

    /** Daren's side: an {@link OutreachDelivery} mapping WeCom's answers onto delivery results as the bot's channels do. */
    static OutreachDelivery delivery(WxCpService cp) {
        return new OutreachDelivery() {
            @Override
            public DeliveryResult deliver(Influencer influencer, StepChannel channel, StepDefinition.Fallback fallback,
                                          String text) {
                try {
                    send(cp, influencer.handle(), text);
                    return new DeliveryResult.Sent("wecom_app");
                } catch (WxErrorException e) {
                    int code = e.getError() == null ? -1 : e.getError().getErrorCode();
                    return new DeliveryResult.Failed(code + " " + e.getMessage(), code == 45009 || code == -1);
                } catch (RuntimeException e) {
                    return new DeliveryResult.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        };
    }
}
