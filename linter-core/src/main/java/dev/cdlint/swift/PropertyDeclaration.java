package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code var} or {@code let} declaration: a stored property, a computed one, or a local (the container-code
 * reader looks at those too).
 *
 * @param type the type as written ({@code [String:Double]}, {@code Item?}); null when it is inferred
 * @param initializer what follows {@code =}; null without one
 * @param accessors what the braces after it hold, if any
 * @param body the inside of a computed property's braces; null otherwise
 * @param line the line of the {@code var} or {@code let} keyword (or of the first attribute above it)
 */
public record PropertyDeclaration(String name, boolean isLet, Set<String> modifiers, List<SwiftAttribute> attributes,
        String type, Expression initializer, Accessors accessors, Expression body, boolean conditional,
        int line, SourceLocation location) {

    public enum Accessors {
        /** No braces: a stored property. */
        NONE,
        /** {@code willSet}/{@code didSet}: still stored. */
        OBSERVERS,
        /** {@code get}/{@code set} or a bare body: computed, nothing stored. */
        COMPUTED
    }

    public PropertyDeclaration {
        modifiers = Set.copyOf(modifiers);
        attributes = List.copyOf(attributes);
    }

    public boolean isStatic() {
        return modifiers.contains("static") || modifiers.contains("class");
    }

    public boolean isStored() {
        return accessors != Accessors.COMPUTED;
    }

    public Optional<SwiftAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public boolean hasAttribute(String attributeName) {
        return attribute(attributeName).isPresent();
    }
}
