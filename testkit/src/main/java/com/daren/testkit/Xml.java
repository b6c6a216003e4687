package com.daren.testkit;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

/** Tiny XML helpers shared by the message builders and the callback client. */
final class Xml {

    private Xml() {
    }

    /** CDATA section; a literal "]]>" is split across two sections, the only way CDATA can carry it. */
    static String cdata(String text) {
        return "<![CDATA[" + (text == null ? "" : text.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
    }

    static String element(String name, String text) {
        return "<" + name + ">" + cdata(text) + "</" + name + ">";
    }

    /** Numbers are unquoted in WeChat's XML (CreateTime, MsgId, AgentID of plaintext messages). */
    static String number(String name, long value) {
        return "<" + name + ">" + value + "</" + name + ">";
    }

    /** Text of the first element with this tag name under the root, or null. DOCTYPE refused (XXE). */
    static String text(String xml, String tag) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList nodes = doc.getDocumentElement().getElementsByTagName(tag);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        } catch (Exception e) {
            throw new IllegalArgumentException("not parseable XML: " + xml, e);
        }
    }
}
