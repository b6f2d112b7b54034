package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;

/** {@code typealias Name = Target}, the target as written ({@code KadoSchemaV4.HabitRecord}). */
public record TypeAliasDeclaration(String name, String target, SourceLocation location) {}
