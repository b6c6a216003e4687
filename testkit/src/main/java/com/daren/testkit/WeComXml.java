package com.daren.testkit;

import static com.daren.testkit.Xml.element;
import static com.daren.testkit.Xml.number;

/** Plaintext WeCom app callback messages, in the shape of WeCom's documentation (CDATA strings, bare numbers). */
public final class WeComXml {

    private WeComXml() {
    }

    public static String text(String toCorpId, String fromUser, String content, long msgId, long createTime, int agentId) {
        return "<xml>" + element("ToUserName", toCorpId) + element("FromUserName", fromUser)
                + number("CreateTime", createTime) + element("MsgType", "text") + element("Content", content)
                + number("MsgId", msgId) + number("AgentID", agentId) + "</xml>";
    }

    /**
     * An event, e.g. "enter_agent", "subscribe", "click" (menu, with EventKey).
     *
     * @param eventKey null to omit the element (subscribe/unsubscribe carry none)
     */
    public static String event(String toCorpId, String fromUser, String event, String eventKey, long createTime, int agentId) {
        return "<xml>" + element("ToUserName", toCorpId) + element("FromUserName", fromUser)
                + number("CreateTime", createTime) + element("MsgType", "event") + element("Event", event)
                + (eventKey == null ? "" : element("EventKey", eventKey))
                + number("AgentID", agentId) + "</xml>";
    }

    /**
     * A customer-group change (客户群变更事件), as WeCom sends it to the app's customer-contact callback: no AgentID;
     * for update, UpdateDetail (add_member, del_member, change_owner, change_name …) and the members who changed.
     *
     * @param updateDetail null for create and dismiss
     */
    public static String changeExternalChat(String toCorpId, String chatId, String changeType, String updateDetail,
                                            java.util.List<String> changedMembers, long createTime) {
        StringBuilder items = new StringBuilder();
        changedMembers.forEach(m -> items.append(element("Item", m)));
        return "<xml>" + element("ToUserName", toCorpId) + element("FromUserName", "sys")
                + number("CreateTime", createTime) + element("MsgType", "event") + element("Event", "change_external_chat")
                + element("ChatId", chatId) + element("ChangeType", changeType)
                + (updateDetail == null ? "" : element("UpdateDetail", updateDetail)
                    + number("JoinScene", 1) + number("MemChangeCnt", changedMembers.size())
                    + "<MemChangeList>" + items + "</MemChangeList>")
                + "</xml>";
    }
}
