package dev.cdlint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a baseline file token by token rather than into a tree, so that every complaint, about the JSON or about
 * its content, points at the line and column to fix. Unknown keys are skipped: a later cdlint may add some.
 */
final class BaselineReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** About 100,000 findings: a bound that keeps a hostile file from exhausting memory. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path file;
    private final JsonParser json;

    private BaselineReader(Path file, JsonParser json) {
        this.file = file;
        this.json = json;
    }

    static List<Baseline.Entry> read(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new InputException(SourceLocation.ofFile(file), "the baseline is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB, far more than any project's findings; write it again");
            }
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the baseline: " + IoReasons.of(e), e);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser json = FACTORY.createParser(in)) {
            return new BaselineReader(file, json).document();
        } catch (NoSuchFileException e) {
            throw new InputException(SourceLocation.ofFile(file), "no such baseline file");
        } catch (JsonProcessingException e) {
            throw new InputException(at(file, e.getLocation()), "malformed baseline JSON: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the baseline: " + IoReasons.of(e), e);
        }
    }

    private List<Baseline.Entry> document() throws IOException {
        expect(json.nextToken() == JsonToken.START_OBJECT,
                "a baseline is a JSON object with \"version\" and \"findings\"");
        Integer version = null;
        List<Baseline.Entry> entries = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (name) {
                case "version" -> {
                    expect(value == JsonToken.VALUE_NUMBER_INT, "\"version\" must be a whole number");
                    version = json.getIntValue();
                    expect(version == Baseline.VERSION, "baseline version " + version + " is not supported: this"
                            + " cdlint reads version " + Baseline.VERSION + "; write the baseline again");
                }
                case "findings" -> entries = entries();
                default -> json.skipChildren();
            }
        }
        expect(version != null, "the baseline has no \"version\"");
        expect(entries != null, "the baseline has no \"findings\" list");
        expect(json.nextToken() == null, "unexpected content after the baseline object");
        return entries;
    }

    private List<Baseline.Entry> entries() throws IOException {
        expect(json.currentToken() == JsonToken.START_ARRAY, "\"findings\" must be a list");
        List<Baseline.Entry> entries = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            entries.add(entry());
        }
        return entries;
    }

    private Baseline.Entry entry() throws IOException {
        expect(json.currentToken() == JsonToken.START_OBJECT, "each finding must be an object");
        JsonLocation start = json.currentTokenLocation();
        String rule = null;
        String fingerprint = null;
        String file = null;
        String element = null;
        String message = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            expect(value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL || isUnknown(name),
                    "\"" + name + "\" must be a string");
            if (value.isStructStart()) {
                json.skipChildren();
            }
            String text = value == JsonToken.VALUE_STRING ? json.getText() : null;
            switch (name) {
                case "rule" -> rule = text;
                case "fingerprint" -> fingerprint = text;
                case "file" -> file = text;
                case "element" -> element = text;
                case "message" -> message = text;
                default -> { }
            }
        }
        if (rule == null || fingerprint == null) {
            throw new InputException(at(this.file, start), "a baseline finding needs \"rule\" and \"fingerprint\"");
        }
        return new Baseline.Entry(rule, fingerprint, file, element, message);
    }

    private static boolean isUnknown(String name) {
        return !List.of("rule", "fingerprint", "file", "element", "message").contains(name);
    }

    private void expect(boolean condition, String message) {
        if (!condition) {
            throw new InputException(at(file, json.currentTokenLocation()), message);
        }
    }

    private static SourceLocation at(Path file, JsonLocation location) {
        if (location == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
