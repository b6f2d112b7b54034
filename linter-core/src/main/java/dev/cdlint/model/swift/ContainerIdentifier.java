package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;

/**
 * A CloudKit container the code names, and where the name is written: the string literal itself, which may be a
 * constant declared away from the call that uses it.
 *
 * @param identifier as the literal reads, white space kept
 */
public record ContainerIdentifier(String identifier, SourceLocation location) {}
