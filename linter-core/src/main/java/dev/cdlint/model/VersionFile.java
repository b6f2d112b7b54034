package dev.cdlint.model;

import java.nio.file.Path;

/**
 * A version of a bundle as it sits on disk, not yet read: only the current version is read for every run, and
 * older ones are read when a check needs them.
 *
 * @param name the version's name, the {@code .xcdatamodel} folder name without its extension
 * @param contents its {@code contents} file
 */
public record VersionFile(String name, Path contents) {}
