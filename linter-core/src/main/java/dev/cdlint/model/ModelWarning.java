package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;

/** Something cdlint had to guess while reading a model, reported so the user can fix the bundle. */
public record ModelWarning(SourceLocation location, String message) {}
