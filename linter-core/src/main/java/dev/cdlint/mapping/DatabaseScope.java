package dev.cdlint.mapping;

import java.util.Locale;
import java.util.Optional;

/**
 * The CloudKit database a store syncs to. It is chosen in code, per store description, never in the model
 * (cloudkit-mapping.md §7), so cdlint takes it from its configuration; private is the container's default.
 */
public enum DatabaseScope {
    PRIVATE,
    PUBLIC,
    SHARED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatabaseScope> fromId(String id) {
        for (DatabaseScope scope : values()) {
            if (scope.id().equals(id)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
