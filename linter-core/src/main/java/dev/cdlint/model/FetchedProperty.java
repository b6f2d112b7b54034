package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;

/** A fetched property: a stored query, never mirrored to CloudKit. */
public record FetchedProperty(String name, String fetchEntity, String predicate, SourceLocation location) {}
