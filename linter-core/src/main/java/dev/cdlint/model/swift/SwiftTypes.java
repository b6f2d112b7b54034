package dev.cdlint.model.swift;

import dev.cdlint.model.AttributeType;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.Token;
import java.util.Map;
import java.util.Optional;

/**
 * How SwiftData stores a Swift property type in Core Data (docs/cloudkit.md#swiftdata-types). Foundation's value
 * types map to their Core Data attribute types; every other value (enums, {@code Codable} structs, arrays,
 * dictionaries, sets) is encoded, which CloudKit stores as BYTES, and is read here as Binary Data, whose large
 * values may also move to an asset field as encoded values do in exports made by {@code initializeCloudKitSchema}.
 */
final class SwiftTypes {

    private static final Map<String, AttributeType> FOUNDATION = Map.ofEntries(
            Map.entry("String", AttributeType.STRING),
            Map.entry("Substring", AttributeType.STRING),
            Map.entry("UUID", AttributeType.UUID),
            Map.entry("Int", AttributeType.INTEGER_64),
            Map.entry("Int64", AttributeType.INTEGER_64),
            Map.entry("UInt", AttributeType.INTEGER_64),
            Map.entry("UInt64", AttributeType.INTEGER_64),
            Map.entry("Int32", AttributeType.INTEGER_32),
            Map.entry("UInt32", AttributeType.INTEGER_32),
            Map.entry("Int16", AttributeType.INTEGER_16),
            Map.entry("UInt16", AttributeType.INTEGER_16),
            Map.entry("Int8", AttributeType.INTEGER_16),
            Map.entry("UInt8", AttributeType.INTEGER_16),
            Map.entry("Bool", AttributeType.BOOLEAN),
            Map.entry("Double", AttributeType.DOUBLE),
            Map.entry("TimeInterval", AttributeType.DOUBLE),
            Map.entry("CGFloat", AttributeType.DOUBLE),
            Map.entry("Float", AttributeType.FLOAT),
            Map.entry("Decimal", AttributeType.DECIMAL),
            Map.entry("Date", AttributeType.DATE),
            Map.entry("Data", AttributeType.BINARY),
            Map.entry("URL", AttributeType.URI));

    private SwiftTypes() {}

    /** The attribute type of a property's Swift type, written without its optional mark. */
    static AttributeType attributeType(String type) {
        String name = type.startsWith("Foundation.") ? type.substring("Foundation.".length()) : type;
        name = name.startsWith("Swift.") ? name.substring("Swift.".length()) : name;
        return FOUNDATION.getOrDefault(name, AttributeType.BINARY);
    }

    /** Whether the type is optional: {@code T?}, {@code T!} or {@code Optional<T>}. */
    static boolean isOptional(String type) {
        return type.endsWith("?") || type.endsWith("!") || type.startsWith("Optional<");
    }

    /** The type without its optional mark: {@code Item} of {@code Item?} and of {@code Optional<Item>}. */
    static String unwrapped(String type) {
        String t = type;
        while (true) {
            if (t.endsWith("?") || t.endsWith("!")) {
                t = t.substring(0, t.length() - 1);
            } else if (t.startsWith("Optional<") && t.endsWith(">")) {
                t = t.substring("Optional<".length(), t.length() - 1);
            } else if (t.startsWith("(") && t.endsWith(")") && !t.contains(",") && !t.contains("->")) {
                t = t.substring(1, t.length() - 1);
            } else {
                return t;
            }
        }
    }

    /** The element type of {@code [T]}, {@code Array<T>} or {@code Set<T>}: what a to-many relationship holds. */
    static Optional<String> element(String type) {
        if (type.startsWith("[") && type.endsWith("]") && !type.contains(":")) {
            return Optional.of(type.substring(1, type.length() - 1));
        }
        for (String collection : new String[] {"Array<", "Set<", "ContiguousArray<"}) {
            if (type.startsWith(collection) && type.endsWith(">")) {
                return Optional.of(type.substring(collection.length(), type.length() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The type Swift infers from an initializer: literals, {@code T(…)}, {@code T.member}, {@code [T]()}; empty when
     * the initializer does not say (an implicit member such as {@code .now}).
     */
    static Optional<String> inferred(Expression initializer) {
        Expression e = initializer.unwrapped();
        Token first = e.token(0);
        if (first == null) {
            return Optional.empty();
        }
        if (e.size() == 1) {
            return switch (first.kind()) {
                case STRING -> Optional.of("String");
                case NUMBER -> Optional.of(isFloatingPoint(first.text()) ? "Double" : "Int");
                case IDENTIFIER -> first.is("true") || first.is("false") ? Optional.of("Bool") : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (first.isPunctuation('-') && e.size() == 2 && e.token(1).kind() == Token.Kind.NUMBER) {
            return Optional.of(isFloatingPoint(e.token(1).text()) ? "Double" : "Int");
        }
        if (first.isPunctuation('[')) {
            int close = e.source().partner(e.from());
            Token after = e.source().at(close + 1);
            if (close + 1 < e.to() && after != null && after.isPunctuation('(')) {
                return Optional.of(new Expression(e.source(), e.from(), close + 1).text());
            }
            return Optional.empty();
        }
        if (first.kind() != Token.Kind.IDENTIFIER || !Character.isUpperCase(first.text().codePointAt(0))) {
            return Optional.empty();
        }
        // T(…), T.init(…), T.member, T.member(…), A.B(…): the type is the chain up to its last capitalised name.
        int k = 0;
        int typeEnd = 1;
        while (e.token(k) != null && e.token(k).kind() == Token.Kind.IDENTIFIER) {
            if (Character.isUpperCase(e.token(k).text().codePointAt(0))) {
                typeEnd = k + 1;
            }
            if (e.token(k + 1) == null || !e.token(k + 1).isPunctuation('.')) {
                break;
            }
            k += 2;
        }
        return Optional.of(new Expression(e.source(), e.from(), e.from() + typeEnd).text());
    }

    private static boolean isFloatingPoint(String number) {
        return !number.startsWith("0x") && (number.contains(".") || number.contains("e") || number.contains("E"));
    }
}
