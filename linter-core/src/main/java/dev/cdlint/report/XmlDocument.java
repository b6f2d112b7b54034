package dev.cdlint.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written through StAX, which escapes text and attributes; this class adds the layout
 * (one element per line, so golden files and CI artefacts are readable) and keeps out what XML 1.0 cannot hold.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Writer out;
    private int depth;
    /** Whether the element just started has children, which decides if its end tag goes on a line of its own. */
    private boolean hasChildren;

    XmlDocument(Writer out) throws IOException {
        this.out = out;
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw io(e);
        }
        write(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    XmlDocument start(String name) throws IOException {
        write(() -> {
            newLine();
            xml.writeStartElement(name);
        });
        depth++;
        hasChildren = false;
        return this;
    }

    /** An element without content, written as {@code <name .../>}; attributes follow. */
    XmlDocument empty(String name) throws IOException {
        write(() -> {
            newLine();
            xml.writeEmptyElement(name);
        });
        hasChildren = true;
        return this;
    }

    /** Line breaks become spaces: XML parsers would turn them into spaces anyway, unless written as references. */
    XmlDocument attribute(String name, Object value) throws IOException {
        write(() -> xml.writeAttribute(name, legal(Messages.oneLine(String.valueOf(value)))));
        return this;
    }

    XmlDocument text(String text) throws IOException {
        write(() -> xml.writeCharacters(legal(text)));
        return this;
    }

    XmlDocument end() throws IOException {
        depth--;
        boolean endOnOwnLine = hasChildren;
        write(() -> {
            if (endOnOwnLine) {
                newLine();
            }
            xml.writeEndElement();
        });
        hasChildren = true;
        return this;
    }

    /** Ends the document and flushes, leaving the writer open. */
    void finish() throws IOException {
        write(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        out.write("\n");
        out.flush();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * The text with each character XML 1.0 forbids (most control characters, lone surrogates) replaced by U+FFFD:
     * escaping cannot help, as not even a character reference may name them.
     */
    static String legal(String text) {
        StringBuilder legal = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            legal.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return legal.toString();
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    /** Runs a StAX step, reporting its failure as the I/O error it nearly always is. */
    private static void write(Step step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private static IOException io(XMLStreamException e) {
        return e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
    }
}
