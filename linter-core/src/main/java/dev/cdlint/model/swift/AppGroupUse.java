package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;

/**
 * A place the code uses an App Group, which the target must be signed for:
 * {@code containerURL(forSecurityApplicationGroupIdentifier: "group.…")},
 * {@code ModelConfiguration(groupContainer: .identifier("group.…"))}, or {@code UserDefaults(suiteName: "group.…")}
 * (a suite whose name is not an App Group is the app's own and needs no entitlement).
 *
 * @param location the argument that names the group
 * @param identifier the group, as the literal (or the constant that holds it) reads
 */
public record AppGroupUse(SourceLocation location, String identifier) {}
