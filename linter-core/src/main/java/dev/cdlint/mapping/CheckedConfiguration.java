package dev.cdlint.mapping;

import dev.cdlint.model.Configuration;

/** A configuration cdlint checks, and the database it syncs to. */
public record CheckedConfiguration(Configuration configuration, DatabaseScope scope) {}
