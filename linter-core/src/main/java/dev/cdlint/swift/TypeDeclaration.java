package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A class, struct, enum, actor, protocol or extension, with what its body declares.
 *
 * @param name the type's name; for an extension, the extended type as written ({@code KadoSchemaV1},
 *     {@code A.B})
 * @param enclosing the names of the types (or extended types) it is nested in, outermost first
 * @param inherited the inheritance clause's entries as written ({@code VersionedSchema}, {@code @unchecked Sendable})
 * @param body the inside of its braces
 * @param line the line of its first attribute or modifier, where a suppression comment above it is looked for
 * @param location where its name is
 */
public record TypeDeclaration(Kind kind, String name, List<String> enclosing, List<SwiftAttribute> attributes,
        Set<String> modifiers, List<String> inherited, Members members, Expression body, boolean conditional,
        int line, SourceLocation location) {

    public enum Kind { CLASS, STRUCT, ENUM, ACTOR, PROTOCOL, EXTENSION }

    public TypeDeclaration {
        enclosing = List.copyOf(enclosing);
        attributes = List.copyOf(attributes);
        modifiers = Set.copyOf(modifiers);
        inherited = List.copyOf(inherited);
    }

    public boolean hasAttribute(String attributeName) {
        return attributes.stream().anyMatch(a -> a.name().equals(attributeName));
    }

    public Optional<SwiftAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** Whether the inheritance clause names the type, by its last component ({@code SwiftData.VersionedSchema}). */
    public boolean inherits(String typeName) {
        return inherited.stream().anyMatch(i -> i.equals(typeName) || i.endsWith("." + typeName));
    }

    /** The names that qualify members of this type: its own name after the names it is nested in. */
    public String qualifiedName() {
        return enclosing.isEmpty() ? name : String.join(".", enclosing) + "." + name;
    }
}
