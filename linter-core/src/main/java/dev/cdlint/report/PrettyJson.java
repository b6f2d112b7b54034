package dev.cdlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON layout cdlint writes (reports and the baseline): two-space indents, {@code "key": value}, one value
 * per line and {@code \n} line ends on every platform, so that files committed to a repository diff cleanly and
 * golden files are the same everywhere. Keys come out in the order the body writes them.
 */
public final class PrettyJson {

    /** What to write, with the generator positioned before the root value. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER);

    /** Jackson's printer, except that empty arrays and objects are {@code []} and {@code {}}, without a space. */
    private static final class Printer extends DefaultPrettyPrinter {

        Printer() {
            super(SEPARATORS);
            _objectIndenter = INDENTER;
            _arrayIndenter = INDENTER;
        }

        @Override
        public Printer createInstance() {
            return new Printer();
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) throws IOException {
            if (values == 0) {
                _nesting--;
                json.writeRaw(']');
            } else {
                super.writeEndArray(json, values);
            }
        }

        @Override
        public void writeEndObject(JsonGenerator json, int entries) throws IOException {
            if (entries == 0) {
                _nesting--;
                json.writeRaw('}');
            } else {
                super.writeEndObject(json, entries);
            }
        }
    }

    private PrettyJson() {}

    /** Writes one JSON document and a final line end; leaves the writer open. */
    public static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new Printer());
            body.write(json);
        }
        out.write("\n");
        out.flush();
    }

    /** {@code "tool": {"name": "cdlint", "version": ...}}, which every JSON report starts with. */
    public static void tool(JsonGenerator json, String version) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", Report.TOOL_NAME);
        json.writeStringField("version", version);
        json.writeEndObject();
    }

    /** A string field, or an explicit null: absent values stay visible in the document's shape. */
    public static void stringOrNull(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
