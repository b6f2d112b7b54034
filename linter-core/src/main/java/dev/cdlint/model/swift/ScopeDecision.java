package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/**
 * How the code decides whether one configuration of a SwiftData model syncs, and where it says so.
 *
 * @param configuration the configuration of the model it is about
 * @param reason what the code says, in a sentence for reports
 * @param at the configuration or container call that decided it; null for {@link Outcome#UNPLACED}
 * @param containers the CloudKit containers the code or the entitlements name for it
 */
public record ScopeDecision(String configuration, Outcome outcome, String reason, SourceLocation at,
        List<String> containers) {

    public enum Outcome {
        /** Mirrored to the private database, the only one SwiftData syncs to. */
        PRIVATE,
        /** {@code .none} on every path, or {@code .automatic} with no entitlement granting CloudKit. */
        NOT_SYNCED,
        /** The code passes something cdlint could not follow; checked as private so nothing is missed. */
        UNRESOLVED,
        /** No container or configuration in the code covers it; checked as private so nothing is missed. */
        UNPLACED;

        /** Whether the configuration is checked. */
        public boolean checked() {
            return this != NOT_SYNCED;
        }
    }

    public ScopeDecision {
        containers = List.copyOf(containers);
    }
}
