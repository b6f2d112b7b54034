package dev.cdlint.swift;

import java.util.List;

/** What one body declares, in file order per kind: a type's members, or a file's top-level declarations. */
public record Members(List<PropertyDeclaration> properties, List<FunctionDeclaration> functions,
        List<TypeDeclaration> types, List<MacroExpansion> macros, List<TypeAliasDeclaration> typeAliases) {

    public Members {
        properties = List.copyOf(properties);
        functions = List.copyOf(functions);
        types = List.copyOf(types);
        macros = List.copyOf(macros);
        typeAliases = List.copyOf(typeAliases);
    }
}
