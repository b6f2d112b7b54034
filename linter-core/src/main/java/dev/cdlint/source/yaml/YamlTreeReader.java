package dev.cdlint.source.yaml;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
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
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML file into {@link YamlNode}s from SnakeYAML's parser events, which carry each value's position.
 * Only the parser runs: nothing is constructed from tags, and aliases are refused, so a document is plain text
 * values in maps and lists. (The event parser is also a fraction of the start-up cost of a data-binding parser,
 * and a configuration is read on every run.) It reads {@code .cdlint.yml} and XcodeGen's {@code project.yml}.
 */
public final class YamlTreeReader {

    /**
     * A configuration is a few hundred bytes and a project.yml a few kilobytes; the cap refuses a huge file before
     * the parser spends minutes on it.
     */
    public static final long MAX_BYTES = 1024 * 1024;

    /** Deeper than any configuration needs; the tree is built by recursion, so the depth is capped. */
    public static final int MAX_DEPTH = 100;

    /** Plain scalars YAML reads as null; a configuration reads them as an empty value. */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private YamlTreeReader() {}

    public static void prepare() {
        new ParserImpl(new StreamReader(""), new LoaderOptions()).getEvent();
    }

    /**
     * The document's root, or null for an empty file.
     *
     * @param kind what the file is, for messages: {@code .cdlint.yml}, {@code project.yml}
     */
    public static YamlNode read(Path file, String kind) {
        Parser parser = new ParserImpl(new StreamReader(text(file, kind)), new LoaderOptions());
        try {
            parser.getEvent(); // the stream's start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            parser.getEvent(); // the document's start
            YamlNode root = node(parser, file, 0);
            parser.getEvent(); // the document's end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                SourceLocation second = at(file, parser.peekEvent().getStartMark());
                throw new InputException(new SourceLocation(file, second.line(), 1), "a second YAML document"
                        + " ('---'); " + kind + " holds one, and cdlint would not read this one");
            }
            return root;
        } catch (MarkedYAMLException e) {
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new InputException(at(file, e.getProblemMark()), "malformed YAML: " + context + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new InputException(SourceLocation.ofFile(file), "malformed YAML: " + e.getMessage(), e);
        }
    }

    /** The file's text, refused before it is read when it is larger than a configuration can need to be. */
    private static String text(Path file, String kind) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(SourceLocation.ofFile(file), "the file holds " + size + " bytes; a "
                        + kind + " may hold at most " + MAX_BYTES + " (1 MiB)");
            }
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: it is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + IoReasons.of(e), e);
        }
    }

    private static YamlNode node(Parser parser, Path file, int depth) {
        Event event = parser.getEvent();
        SourceLocation location = at(file, event.getStartMark());
        if (depth > MAX_DEPTH) {
            throw new InputException(location, "values nested more than " + MAX_DEPTH + " levels deep");
        }
        if (event.is(Event.ID.MappingStart)) {
            Map<YamlNode.Scalar, YamlNode> entries = new LinkedHashMap<>();
            Map<String, YamlNode.Scalar> keys = new HashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode keyNode = node(parser, file, depth + 1);
                if (!(keyNode instanceof YamlNode.Scalar key)) {
                    throw new InputException(keyNode.location(), "a key that is a map or a list; keys are plain"
                            + " values");
                }
                YamlNode.Scalar first = keys.putIfAbsent(key.text(), key);
                if (first != null) {
                    throw new InputException(key.location(), "duplicate key " + key.describe() + ", first at line "
                            + first.location().line() + "; YAML keeps only one of them");
                }
                entries.put(key, node(parser, file, depth + 1));
            }
            parser.getEvent();
            return new YamlNode.Mapping(entries, location);
        }
        if (event.is(Event.ID.SequenceStart)) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(parser, file, depth + 1));
            }
            parser.getEvent();
            return new YamlNode.Sequence(items, location);
        }
        if (event instanceof AliasEvent alias) {
            throw new InputException(location, "an alias (*" + alias.getAnchor() + "); write the value itself");
        }
        ScalarEvent scalar = (ScalarEvent) event;
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && scalar.getTag() == null;
        return new YamlNode.Scalar(plain && NULLS.contains(scalar.getValue()) ? "" : scalar.getValue(), location);
    }

    private static SourceLocation at(Path file, Mark mark) {
        if (mark == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
