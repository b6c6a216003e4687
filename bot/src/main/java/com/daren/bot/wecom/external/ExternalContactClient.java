package com.daren.bot.wecom.external;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplate;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplateAddResult;
import me.chanjar.weixin.cp.bean.external.contact.WxCpGroupMsgSendResult;
import me.chanjar.weixin.cp.bean.external.msg.Text;
import me.chanjar.weixin.cp.config.WxCpConfigStorage;

import java.util.List;
import java.util.OptionalInt;

/**
 * The two customer-contact calls outreach needs, through WxJava, sharing the app's configuration and its access token
 * in Redis. Its own WxJava service because the shared one ({@code setMaxRetryTimes(0)}) turns every WeCom errcode
 * into a bare "超出重试次数" exception, and the errcode decides whether a send may be retried. This one retries
 * nothing except what WxJava does on an expired token (42001/40014: refresh, then send once more); HTTP timeouts
 * are WxJava's defaults (connect 5 s, read 5 s, pool 3 s).
 */
class ExternalContactClient {

    /** get_groupmsg_send_result's largest page. */
    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 20;

    private final WxCpServiceImpl service = new SingleAttemptWxCpService();

    ExternalContactClient(WxCpConfigStorage config) {
        service.setWxCpConfigStorage(config);
    }

    /** add_msg_template to one customer, sent as {@code sender}; the task waits for that employee's confirmation. */
    WxCpMsgTemplateAddResult createTask(String sender, String externalUserId, String text) throws WxErrorException {
        Text content = new Text();
        content.setContent(text);
        WxCpMsgTemplate template = WxCpMsgTemplate.builder().chatType("single").externalUserid(List.of(externalUserId))
                .sender(sender).text(content).build();
        return service.getExternalContactService().addMsgTemplate(template);
    }

    /**
     * The customer's status in a task: 0 not confirmed yet, 1 sent, 2 not a contact any more, 3 already received
     * another company message; empty when the task does not list them (yet).
     */
    OptionalInt status(String msgId, String sender, String externalUserId) throws WxErrorException {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            WxCpGroupMsgSendResult result = service.getExternalContactService()
                    .getGroupMsgSendResult(msgId, sender, PAGE, cursor);
            if (result.getSendList() != null) {
                for (WxCpGroupMsgSendResult.ExternalContactGroupMsgSendInfo row : result.getSendList()) {
                    if (externalUserId.equals(row.getExternalUserId()) && row.getStatus() != null) {
                        return OptionalInt.of(row.getStatus());
                    }
                }
            }
            cursor = result.getNextCursor();
            if (cursor == null || cursor.isBlank()) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /** One attempt per call: WxJava's retry loop (for errcode -1) is skipped, its token refresh is kept. */
    private static final class SingleAttemptWxCpService extends WxCpServiceImpl {
        @Override
        public <T, E> T execute(RequestExecutor<T, E> executor, String uri, E data) throws WxErrorException {
            return executeInternal(executor, uri, data, false);
        }
    }
}
