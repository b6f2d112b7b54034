package dev.cdlint.source.yaml;

import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Map;

/** A YAML value with the place it was written, so errors and findings can name the line. */
public sealed interface YamlNode {

    SourceLocation location();

    /** What the value is, for messages: "a map", "a list", "'text'". */
    String describe();

    record Scalar(String text, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return Excerpt.quoted(text, Excerpt.VALUE);
        }
    }

    record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Keys keep their own locations: an unknown key is reported where the key is. */
    record Mapping(Map<Scalar, YamlNode> entries, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return "a map";
        }
    }
}
