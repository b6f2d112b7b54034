package dev.cdlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a YAML file into {@link YamlNode}s with Jackson's streaming parser, which knows each token's position. */
final class YamlTreeReader {

    /** One factory per process: creating it loads the YAML parser, which costs more than reading a small file. */
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {}

    static void prepare() {
        Objects.requireNonNull(FACTORY);
    }

    /** The document's root, or null for an empty file. */
    static YamlNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + e.getMessage(), e);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(parser, file);
        } catch (JsonProcessingException e) {
            throw new InputException(at(file, e.getLocation()), "malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static YamlNode node(JsonParser parser, Path file) throws IOException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<YamlNode.Scalar, YamlNode> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(),
                        at(file, parser.currentTokenLocation()));
                parser.nextToken();
                entries.put(key, node(parser, file));
            }
            return new YamlNode.Mapping(entries, location);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, file));
            }
            return new YamlNode.Sequence(items, location);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), location);
    }

    private static SourceLocation at(Path file, JsonLocation location) {
        if (location == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }
}
