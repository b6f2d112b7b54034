package dev.cdlint.source;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX readers every XML reader of cdlint starts from: models and property lists arrive in pull requests, so they
 * read nothing but the document in front of them. No external DTD, no external entity, no XInclude, secure
 * processing on (OWASP XXE prevention, "JAXP").
 */
public final class HardenedSax {

    /** Xerces's feature that refuses any DOCTYPE; its name appears in the parser's message when one is met. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Configured once; factories are not guaranteed thread-safe, so readers are made from them one at a time. */
    private static final SAXParserFactory REFUSING_DOCTYPE = factory(true);
    private static final SAXParserFactory SKIPPING_DTD = factory(false);

    private HardenedSax() {}

    /** A reader that rejects any DOCTYPE outright, for files whose writer never declares one. */
    public static XMLReader refusingDoctype() {
        return reader(REFUSING_DOCTYPE);
    }

    /**
     * A reader for files that name a DTD, as property lists do: the DTD is never loaded, and an internal subset's
     * declarations reach the caller's declaration handler, which must refuse entities.
     */
    public static XMLReader skippingDtd() {
        return reader(SKIPPING_DTD);
    }

    /** The first line of a parser message: some add a dump of nested exceptions below it. */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the XML is not well-formed";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    private static XMLReader reader(SAXParserFactory factory) {
        try {
            synchronized (factory) {
                return factory.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser does not support the hardening cdlint needs", e);
        }
    }

    private static SAXParserFactory factory(boolean refuseDoctype) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, refuseDoctype);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser does not support the hardening cdlint needs", e);
        }
    }
}
