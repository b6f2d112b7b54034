package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function, initializer or subscript. Its body is kept as tokens: the container-code reader follows a value into
 * the function that returns it, or back to the calls that pass a parameter.
 *
 * @param name {@code init} for initializers
 * @param genericParameters the generic clause's parameters, each with its constraint as written ({@code Row} to
 *     {@code CacheRow} for {@code <Row: CacheRow>}; an empty constraint when it has none)
 * @param body the inside of the braces; null for a requirement without a body
 */
public record FunctionDeclaration(String name, List<Parameter> parameters, Map<String, String> genericParameters,
        Set<String> modifiers, Expression body, SourceLocation location) {

    /**
     * @param label the argument label callers write, {@code _} for none
     * @param name the name the body uses
     */
    public record Parameter(String label, String name, String type) {}

    public FunctionDeclaration {
        parameters = List.copyOf(parameters);
        genericParameters = Map.copyOf(genericParameters);
        modifiers = Set.copyOf(modifiers);
    }
}
