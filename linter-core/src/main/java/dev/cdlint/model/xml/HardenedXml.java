package dev.cdlint.model.xml;

import dev.cdlint.source.HardenedSax;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The model readers' XML parsers, which read nothing but the document in front of them ({@link HardenedSax}), and
 * their complaints in words a user can act on.
 */
final class HardenedXml {

    /** Configured once; factories are not guaranteed thread-safe, so parsers are made from it one at a time. */
    private static final XMLInputFactory PLIST_PARSERS = plistParsers();

    private HardenedXml() {}

    /**
     * A SAX reader that rejects any DOCTYPE outright. Xcode never writes one into a model's {@code contents}, so
     * refusing it costs nothing and closes XXE and "billion laughs" at the door.
     */
    static XMLReader modelReader() {
        return HardenedSax.refusingDoctype();
    }

    /**
     * A StAX reader for property lists, which do carry a DOCTYPE: it is skipped, never loaded or expanded, and an
     * entity reference that only a DTD could define is an error.
     */
    static XMLStreamReader plistReader(InputStream in) throws XMLStreamException {
        synchronized (PLIST_PARSERS) {
            return PLIST_PARSERS.createXMLStreamReader(in);
        }
    }

    private static XMLInputFactory plistParsers() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** The parser's complaint as a user-facing error at its line and column. */
    static InputException malformed(Path file, SAXParseException e) {
        String reason = e.getMessage();
        if (reason != null && reason.contains(HardenedSax.DISALLOW_DOCTYPE)) {
            reason = "the file declares a DOCTYPE, which cdlint refuses: DTDs can expand entities and read other"
                    + " files, and Xcode never writes one into a model";
        }
        return new InputException(new SourceLocation(file, Math.max(e.getLineNumber(), 0),
                Math.max(e.getColumnNumber(), 0)), "malformed XML: " + HardenedSax.firstLine(reason), e);
    }

    /**
     * A StAX parser's complaint as a user-facing error at its line and column. Its message carries a
     * "ParseError at [row,col]:[...]" preamble and sometimes an internal state ("Scanner State 24 not
     * Recognized"): only what a user can act on is kept.
     */
    static InputException malformed(Path file, String what, XMLStreamException e) {
        Location location = e.getLocation();
        SourceLocation at = location == null ? SourceLocation.ofFile(file)
                : new SourceLocation(file, Math.max(location.getLineNumber(), 0),
                        Math.max(location.getColumnNumber(), 0));
        String reason = e.getMessage() == null ? "" : e.getMessage();
        int preamble = reason.indexOf("Message: ");
        if (preamble >= 0) {
            reason = reason.substring(preamble + "Message: ".length());
        }
        if (reason.startsWith("Scanner State") || reason.isBlank()) {
            reason = "the XML is not well-formed here";
        }
        // Callers go on after the reason ("; using the newest version"), so it ends without a full stop.
        String sentence = HardenedSax.firstLine(reason);
        return new InputException(at, what + ": " + (sentence.endsWith(".")
                ? sentence.substring(0, sentence.length() - 1) : sentence), e);
    }
}
