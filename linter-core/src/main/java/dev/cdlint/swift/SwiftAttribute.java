package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An attribute written on a declaration: {@code @Model}, {@code @Attribute(.unique, originalName: "old")},
 * {@code @Relationship(deleteRule: .cascade, inverse: \Item.owner)}.
 *
 * @param name without the {@code @}
 * @param arguments empty when it has no parentheses
 */
public record SwiftAttribute(String name, List<Argument> arguments, SourceLocation location) {

    public SwiftAttribute {
        arguments = List.copyOf(arguments);
    }

    public Optional<Expression> argument(String label) {
        return arguments.stream().filter(a -> a.isLabelled(label)).map(Argument::value).findFirst();
    }

    /** The unlabelled arguments: the options of {@code @Attribute} and {@code @Relationship}. */
    public List<Expression> unlabelled() {
        return arguments.stream().filter(a -> a.label() == null).map(Argument::value).toList();
    }
}
