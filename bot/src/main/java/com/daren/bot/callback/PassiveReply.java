package com.daren.bot.callback;

import java.time.Instant;

/**
 * The plaintext of a passive text reply, as WeCom and the Official Account both read it. Written directly rather
 * than through WxJava's {@code WxCpXmlOutMessage} / {@code WxMpXmlOutMessage}, whose XStream serialization was
 * most of what the reply cost; every value goes in CDATA, split where it holds {@code ]]>} so it cannot close early.
 */
public final class PassiveReply {

    private PassiveReply() {
    }

    /** {@code <xml>} with ToUserName, FromUserName, CreateTime (seconds), MsgType text and Content. */
    public static String text(String toUser, String fromUser, Instant createTime, String content) {
        return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(fromUser)
                + "</FromUserName><CreateTime>" + createTime.getEpochSecond() + "</CreateTime><MsgType>"
                + cdata("text") + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    static String cdata(String value) {
        return "<![CDATA[" + (value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
    }
}
