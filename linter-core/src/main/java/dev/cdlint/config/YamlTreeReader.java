package dev.cdlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads a YAML file into {@link YamlNode}s with Jackson's streaming parser, which knows each token's position. */
final class YamlTreeReader {

    /** One factory per process: creating it loads the YAML parser, which costs more than reading a small file. */
    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** A configuration is a few hundred bytes; the cap refuses a huge file before the parser spends minutes on it. */
    static final long MAX_BYTES = 1024 * 1024;

    /** YAML's line breaks: LF, CRLF and CR. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern DOCUMENT_START = Pattern.compile("---(\\s|$)");

    private YamlTreeReader() {}

    static void prepare() {
        Objects.requireNonNull(FACTORY);
    }

    /** The document's root, or null for an empty file. */
    static YamlNode read(Path file) {
        String text = text(file);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return null;
            }
            YamlNode root = node(parser, file);
            if (parser.nextToken() != null) {
                int line = documentStartBefore(text, parser.currentTokenLocation().getLineNr());
                throw new InputException(new SourceLocation(file, line, line > 0 ? 1 : 0), "a second YAML document"
                        + " ('---'); " + LintConfig.FILE_NAME + " holds one, and cdlint would not read this one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InputException(at(file, e.getLocation()), "malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The file's text, refused before it is read when it is larger than a configuration can need to be. */
    private static String text(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(SourceLocation.ofFile(file), "the file holds " + size + " bytes; a "
                        + LintConfig.FILE_NAME + " may hold at most " + MAX_BYTES + " (1 MiB)");
            }
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: it is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The line of the {@code ---} that starts the document whose first token is on {@code line}, or 0. */
    private static int documentStartBefore(String text, int line) {
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            if (DOCUMENT_START.matcher(lines[i]).lookingAt()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static YamlNode node(JsonParser parser, Path file) throws IOException {
        SourceLocation location = at(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<YamlNode.Scalar, YamlNode> entries = new LinkedHashMap<>();
            Map<String, YamlNode.Scalar> keys = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(),
                        at(file, parser.currentTokenLocation()));
                YamlNode.Scalar first = keys.putIfAbsent(key.text(), key);
                if (first != null) {
                    throw new InputException(key.location(), "duplicate key " + key.describe() + ", first at line "
                            + first.location().line() + "; YAML keeps only one of them");
                }
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
