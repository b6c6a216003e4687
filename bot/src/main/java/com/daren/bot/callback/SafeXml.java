package com.daren.bot.callback;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The only XML parser that sees callback text before it is trusted: no DOCTYPE at all (so no XXE and no entity
 * expansion), no external anything. WeChat's XML is a flat {@code <xml>} of child elements.
 *
 * <p>Cheap per call: the hardened factory is built once, and each thread keeps its own builder, configured once and
 * reused (a builder is not thread-safe, and the parser resets its own state at the start of every parse).
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::builder);

    private SafeXml() {
    }

    /** The text of each child of the root {@code <xml>} element; 400 for anything that is not that. */
    public static Map<String, String> fields(String xml) {
        Document document;
        try {
            document = BUILDER.get().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | RuntimeException e) {
            throw new CallbackRejected(org.springframework.http.HttpStatus.BAD_REQUEST, "malformed XML");
        }
        Element root = document.getDocumentElement();
        if (!"xml".equals(root.getNodeName())) {
            throw CallbackRejected.badRequest("root element must be <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                fields.put(node.getNodeName(), node.getTextContent());
            }
        }
        return fields;
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        try {
            // Build the (tiny) tree at once rather than lazily: less work for documents read whole right away.
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            // Another parser than the JDK's: its default is fine.
        }
        return f;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
