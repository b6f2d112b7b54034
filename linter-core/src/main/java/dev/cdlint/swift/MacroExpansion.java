package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/**
 * A freestanding macro written as a declaration: {@code #Unique<Item>([\.a, \.b], [\.c])},
 * {@code #Index<Item>([\.date])}, {@code #Preview { … }}.
 *
 * @param name without the {@code #}
 * @param genericArguments what the angle brackets hold, as text; empty without them
 */
public record MacroExpansion(String name, String genericArguments, List<Argument> arguments, boolean conditional,
        SourceLocation location) {

    public MacroExpansion {
        arguments = List.copyOf(arguments);
    }
}
