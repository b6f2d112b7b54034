package dev.cdlint.plist;

import dev.cdlint.source.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A property-list value as cdlint reads it, with where it was written: entitlements, Info.plist, ExportOptions and
 * project.pbxproj are all property lists, and a finding must point at the key to change. Locations are the file
 * alone (line 0) where the format has no lines, as in a binary plist.
 */
public sealed interface PlistValue {

    SourceLocation location();

    /** What the value is, for messages: "a string", "an array", "a dictionary", "a boolean"… */
    String kind();

    record Text(String value, SourceLocation location) implements PlistValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record Array(List<PlistValue> items, SourceLocation location) implements PlistValue {
        public Array {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** Entries in file order. */
    record Dict(Map<String, Entry> entries, SourceLocation location) implements PlistValue {
        public Dict {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public Optional<PlistValue> get(String key) {
            return entry(key).map(Entry::value);
        }

        /** The value of the key when it is a string, else empty. */
        public Optional<String> text(String key) {
            return get(key).filter(Text.class::isInstance).map(v -> ((Text) v).value());
        }

        /** The value of the key when it is a dictionary, else empty. */
        public Optional<Dict> dict(String key) {
            return get(key).filter(Dict.class::isInstance).map(Dict.class::cast);
        }

        @Override
        public String kind() {
            return "a dictionary";
        }
    }

    /** A key of a dictionary: where the key is written is where a finding about its value points. */
    record Entry(String key, SourceLocation keyLocation, PlistValue value) {}

    /** A boolean, number, date or data: {@code text} is how it reads ({@code true}, {@code 42}). */
    record Other(String kind, String text, SourceLocation location) implements PlistValue {}
}
