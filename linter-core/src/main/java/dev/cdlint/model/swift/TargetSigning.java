package dev.cdlint.model.swift;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Which entitlements the targets that compile some Swift files are signed with, as the project that builds them
 * says: SwiftData's {@code .automatic} mirrors exactly when they grant CloudKit. The app-wiring side resolves it per
 * target and build configuration; without a project, {@link #NONE}.
 */
@FunctionalInterface
public interface TargetSigning {

    /** No project: {@code .automatic} goes by the entitlements files found by name. */
    TargetSigning NONE = files -> Optional.empty();

    /**
     * What the targets that compile any of the files are signed with: one that grants CloudKit if any does, else
     * one that does not; empty when no target compiles them, or how one is signed cannot be known.
     */
    Optional<CloudKitSigning> of(Collection<Path> files);
}
