package com.daren.testkit;

import static com.daren.testkit.Xml.element;
import static com.daren.testkit.Xml.number;

/** Plaintext Official Account callback messages, in the shape of the MP documentation. */
public final class MpXml {

    private MpXml() {
    }

    /** @param toAppOriginalId the account's original id ("gh_..."), which is what WeChat puts in ToUserName */
    public static String text(String toAppOriginalId, String fromOpenId, String content, long msgId, long createTime) {
        return "<xml>" + element("ToUserName", toAppOriginalId) + element("FromUserName", fromOpenId)
                + number("CreateTime", createTime) + element("MsgType", "text") + element("Content", content)
                + number("MsgId", msgId) + "</xml>";
    }

    /**
     * An event, e.g. "subscribe" (EventKey "qrscene_..." when via a QR code), "unsubscribe", "CLICK".
     *
     * @param eventKey null to omit the element
     */
    public static String event(String toAppOriginalId, String fromOpenId, String event, String eventKey, long createTime) {
        return "<xml>" + element("ToUserName", toAppOriginalId) + element("FromUserName", fromOpenId)
                + number("CreateTime", createTime) + element("MsgType", "event") + element("Event", event)
                + (eventKey == null ? "" : element("EventKey", eventKey)) + "</xml>";
    }
}
