package dev.cdlint.logs;

import dev.cdlint.logs.LogDiagnoser.Key;
import dev.cdlint.logs.LogDiagnoser.Sighting;
import dev.cdlint.logs.kinds.DiagnosisKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store-load validator's 134060 report: one or more sections, each a header followed by {@code Entity:
 * property} items, one item a line (or, in condensed pastes, several properties after one entity). Each item is
 * one sighting, carrying the cdlint rule that checks the same thing.
 */
final class ModelValidation {

    /** How a section's items name their element. */
    private enum Items {
        /** {@code Entity: property}, possibly {@code Entity: a, b} and a {@code - detail}. */
        PROPERTIES,
        /** {@code Entity: Estimated size N bytes}: the entity itself. */
        ENTITIES,
        /** {@code Entity: a, b}: one uniqueness constraint of the entity. */
        CONSTRAINTS
    }

    /**
     * A validator section.
     *
     * @param key the header's start, squeezed: enough to recognise it even when the rest is cut off
     * @param header the whole header, squeezed
     * @param rule the cdlint rule that checks the same thing, or null where cdlint has none
     */
    private record Section(String key, String header, String rule, Items items) {
        static Section of(String header, int keyLength, String rule, Items items) {
            String squeezed = Squeezed.of(header).text();
            return new Section(squeezed.substring(0, keyLength), squeezed, rule, items);
        }
    }

    private static final List<Section> SECTIONS = List.of(
            Section.of("CloudKit integration requires that all relationships have an inverse, the following do"
                    + " not:", 59, "relationship-missing-inverse", Items.PROPERTIES),
            Section.of("CloudKit integration does not support ordered relationships. The following relationships"
                    + " are marked ordered:", 52, "ordered-relationship", Items.PROPERTIES),
            Section.of("CloudKit integration requires that all attributes be optional, or have a default value set."
                    + " The following attributes are marked non-optional but do not have a default value:", 53,
                    "attribute-required-without-default", Items.PROPERTIES),
            Section.of("CloudKit integration requires that all relationships be optional, the following are not:",
                    56, "relationship-required", Items.PROPERTIES),
            Section.of("CloudKit integration does not support all attribute types. The following entities have"
                    + " attributes of an unsupported type:", 50, "attribute-unsupported-type", Items.PROPERTIES),
            Section.of("CloudKit integration requires that the value transformers for transformable attributes are"
                    + " available via +[NSValueTransformer valueTransformerForName:] and allow reverse"
                    + " transformation:", 50, "transformable-without-transformer", Items.PROPERTIES),
            Section.of("CloudKit integration does not allow relationships to objects that aren't sync'd. The"
                    + " following relationships have destination entities that not in the specified configuration.",
                    65, "relationship-cross-configuration", Items.PROPERTIES),
            Section.of("CloudKit integration requires that all entities can be materialized in a CKRecord of less"
                    + " than 700000 bytes. The following entities cannot:", 58, null, Items.ENTITIES),
            Section.of("CloudKit integration does not support ignored relationships.", 53, "ignored-property-misuse",
                    Items.PROPERTIES),
            Section.of("CloudKit integration does not support encrypted relationships.", 55, null,
                    Items.PROPERTIES),
            Section.of("The following attributes use mergeable storage with CloudKit which is unsupported:", 40, null,
                    Items.PROPERTIES),
            Section.of("The following relationships are configured with unsupported delete rules:", 58,
                    "relationship-deny-rule", Items.PROPERTIES),
            Section.of("CloudKit integration does not support unique constraints. The following entities are"
                    + " constrained:", 49, "unique-constraint", Items.CONSTRAINTS));

    /** {@code Entity: a, b... - detail}; the list may end in an elision. */
    private static final Pattern PROPERTY_ITEM = Pattern.compile(
            "(\\w+)\\s*:\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*(\\.\\.\\.|\u2026)?\\s*(?:-\\s*(.*))?");
    private static final Pattern ENTITY_ITEM = Pattern.compile("(\\w+)\\s*:\\s*(.+)");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private ModelValidation() {}

    static void find(String text, Squeezed squeezed, List<Sighting> out) {
        String s = squeezed.text();
        for (Section section : SECTIONS) {
            for (int at = s.indexOf(section.key()); at >= 0; at = s.indexOf(section.key(), at + 1)) {
                int offset = squeezed.original(at);
                if (LogDiagnoser.startsMessage(text, offset)) {
                    items(section, text, itemsStart(section, text, squeezed, at), offset, out);
                }
            }
        }
    }

    /** Where the items start: after the whole header, or after the colon that ends a header cut short. */
    private static int itemsStart(Section section, String text, Squeezed squeezed, int at) {
        if (squeezed.text().startsWith(section.header(), at)) {
            return squeezed.original(at + section.header().length() - 1) + 1;
        }
        int keyEnd = squeezed.original(at + section.key().length() - 1) + 1;
        for (int i = keyEnd; i < text.length() && !LogEntry.isLineBreak(text.charAt(i)); i++) {
            if (text.charAt(i) == ':') {
                return i + 1;
            }
        }
        return LogEntry.lineEnd(text, keyEnd);
    }

    private static void items(Section section, String text, int start, int headerOffset, List<Sighting> out) {
        int found = 0;
        int lineStart = start;
        boolean first = true;
        while (lineStart <= text.length()) {
            int end = LogEntry.lineEnd(text, lineStart);
            String item = trimItem(text.substring(lineStart, end));
            if (item.isEmpty() && first) {
                first = false;
                lineStart = end + 1;
                continue;
            }
            first = false;
            if (item.isEmpty() || startsSection(item) || !item(section, item, lineStart, out)) {
                break;
            }
            found++;
            lineStart = end + 1;
        }
        if (found == 0) {
            out.add(new Sighting(new Key(DiagnosisKind.MODEL_VALIDATION, section.rule(), null, null, null, null,
                    section.key()), headerOffset, "Core Data rejected the model: \"" + header(text, headerOffset)
                    + "\"; the log does not list the elements."));
        }
    }

    private static boolean item(Section section, String item, int offset, List<Sighting> out) {
        if (section.items() == Items.PROPERTIES) {
            Matcher match = PROPERTY_ITEM.matcher(item);
            if (!match.matches()) {
                return false;
            }
            String entity = match.group(1);
            String detail = match.group(4) == null ? "" : " (" + match.group(4).strip() + ")";
            String elided = match.group(3) == null ? "" : " The log cuts the list short there.";
            String[] properties = COMMA.split(match.group(2));
            for (int i = 0; i < properties.length; i++) {
                out.add(new Sighting(new Key(DiagnosisKind.MODEL_VALIDATION, section.rule(), null, null, entity,
                        properties[i], ""), offset, "Core Data rejected " + entity + "." + properties[i] + detail
                        + ": " + what(section) + "." + (i == properties.length - 1 ? elided : "")));
            }
            return true;
        }
        Matcher match = ENTITY_ITEM.matcher(item);
        if (!match.matches()) {
            return false;
        }
        String entity = match.group(1);
        String detail = match.group(2).strip();
        out.add(new Sighting(new Key(DiagnosisKind.MODEL_VALIDATION, section.rule(), null, null, entity, null,
                section.items() == Items.CONSTRAINTS ? detail : ""), offset, "Core Data rejected entity " + entity
                + " (" + detail + "): " + what(section) + "."));
        return true;
    }

    private static String what(Section section) {
        return switch (section.rule() == null ? "" : section.rule()) {
            case "relationship-missing-inverse" -> "CloudKit needs an inverse for every relationship";
            case "ordered-relationship" -> "CloudKit does not support ordered relationships";
            case "attribute-required-without-default" -> "CloudKit needs every attribute optional or with a default"
                    + " value";
            case "relationship-required" -> "CloudKit needs every relationship optional";
            case "attribute-unsupported-type" -> "CloudKit does not support the attribute's type";
            case "transformable-without-transformer" -> "CloudKit needs a registered, reversible value transformer";
            case "relationship-cross-configuration" -> "the destination is not in the store's configuration";
            case "ignored-property-misuse" -> "CloudKit does not support ignored relationships";
            case "relationship-deny-rule" -> "CloudKit does not support the Deny delete rule";
            case "unique-constraint" -> "CloudKit does not support unique constraints";
            default -> section.items() == Items.ENTITIES ? "a record of it would be over 700,000 bytes"
                    : "CloudKit does not support it";
        };
    }

    private static boolean startsSection(String item) {
        String squeezed = Squeezed.of(item).text();
        return SECTIONS.stream().anyMatch(s -> squeezed.startsWith(s.key()));
    }

    /** An item line without the quotes, braces and separators descriptions wrap it in. */
    private static String trimItem(String line) {
        String item = line.strip();
        int from = 0;
        int to = item.length();
        while (from < to && "\"'{(".indexOf(item.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "\"'}),;".indexOf(item.charAt(to - 1)) >= 0) {
            to--;
        }
        return item.substring(from, to).strip();
    }

    private static String header(String text, int offset) {
        String header = text.substring(offset, LogEntry.lineEnd(text, offset)).strip();
        int quote = header.indexOf('"');
        return quote > 0 ? header.substring(0, quote) : header;
    }

}
