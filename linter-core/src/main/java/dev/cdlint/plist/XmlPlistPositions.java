package dev.cdlint.plist;

import dev.cdlint.source.HardenedSax;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The first of two passes over an XML property list: a hardened SAX pass that refuses what could make the second
 * pass (dd-plist's DOM parser) read anything but the file, and records where each key and value starts, which
 * dd-plist does not keep for keys.
 *
 * <p>Property lists carry a DOCTYPE naming Apple's DTD, so it cannot be refused outright as it is for models. The
 * external DTD is never loaded, external entities are off, and any entity declaration in an internal subset is
 * refused: no real plist has one, and it is how entity expansion attacks begin (OWASP XXE prevention, "JAXP").
 */
final class XmlPlistPositions {

    /** Where a value starts and, for a dictionary's value, where its key is. Lines as the XML parser counts them. */
    record Position(SourceLocation key, SourceLocation value) {}

    private static final Set<String> VALUES = Set.of("dict", "array", "string", "integer", "real", "true", "false",
            "date", "data");

    private final Map<List<Object>, Position> positions;

    private XmlPlistPositions(Map<List<Object>, Position> positions) {
        this.positions = positions;
    }

    /**
     * The position of the value at {@code path} (dictionary keys and array indexes from the root), or null.
     */
    Position at(List<Object> path) {
        return positions.get(path);
    }

    static XmlPlistPositions of(Path file, byte[] bytes) {
        Recorder recorder = new Recorder(file);
        try {
            XMLReader reader = HardenedSax.skippingDtd();
            reader.setContentHandler(recorder);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", recorder);
            reader.setEntityResolver(recorder);
            // The default handler prints fatal errors to the console; the exception alone carries them here.
            reader.setErrorHandler(recorder);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new InputException(new SourceLocation(file, Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0)), "malformed XML property list: "
                    + HardenedSax.firstLine(e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "malformed XML property list: "
                    + HardenedSax.firstLine(e.getMessage()), e);
        }
        return new XmlPlistPositions(recorder.positions);
    }

    /** Follows the nesting of dictionaries and arrays and records each value's path with its position. */
    private static final class Recorder extends DefaultHandler2 {

        private final Path file;
        private final Map<List<Object>, Position> positions = new HashMap<>();
        /** The open containers: their path, whether a dictionary, and the next array index. */
        private final Deque<Container> open = new ArrayDeque<>();
        private Locator locator;
        private StringBuilder keyText;
        private String pendingKey;
        private SourceLocation pendingKeyAt;
        /** The value elements open inside a string-like value, which close before the next value is placed. */
        private int leafDepth;

        Recorder(Path file) {
            this.file = file;
        }

        private record Container(List<Object> path, boolean dict, int[] nextIndex) {}

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw refused(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw refused(name);
        }

        private SAXParseException refused(String name) {
            return new SAXParseException("the file declares the entity " + name + "; property lists have none, and"
                    + " cdlint expands no entities", locator);
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            // Nothing outside the file is read, whatever the DOCTYPE names.
            return new InputSource(new java.io.StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            SourceLocation here = new SourceLocation(file, Math.max(locator.getLineNumber(), 0), 0);
            if (leafDepth > 0) {
                leafDepth++;
                return;
            }
            if (qName.equals("key") && !open.isEmpty() && open.peek().dict()) {
                keyText = new StringBuilder();
                pendingKeyAt = here;
                leafDepth = 1;
                return;
            }
            if (!VALUES.contains(qName)) {
                return;
            }
            List<Object> path;
            SourceLocation keyAt = null;
            Container parent = open.peek();
            if (parent == null) {
                path = List.of();
            } else if (parent.dict()) {
                if (pendingKey == null) {
                    return;
                }
                path = append(parent.path(), pendingKey);
                keyAt = pendingKeyAt;
                pendingKey = null;
            } else {
                path = append(parent.path(), parent.nextIndex()[0]++);
            }
            positions.put(path, new Position(keyAt, here));
            if (qName.equals("dict") || qName.equals("array")) {
                open.push(new Container(path, qName.equals("dict"), new int[1]));
            } else {
                leafDepth = 1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (keyText != null) {
                keyText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (leafDepth > 0) {
                if (--leafDepth == 0 && keyText != null) {
                    pendingKey = keyText.toString();
                    keyText = null;
                }
                return;
            }
            if ((qName.equals("dict") || qName.equals("array")) && !open.isEmpty()) {
                open.pop();
            }
        }

        private static List<Object> append(List<Object> path, Object segment) {
            List<Object> longer = new ArrayList<>(path.size() + 1);
            longer.addAll(path);
            longer.add(segment);
            return List.copyOf(longer);
        }
    }
}
