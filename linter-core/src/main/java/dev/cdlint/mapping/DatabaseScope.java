package dev.cdlint.mapping;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CloudKit database a store syncs to. It is chosen in code, per store description, never in the model
 * (docs/cloudkit.md#database-scope), so cdlint takes it from its configuration; private is the container's default.
 * {@link #NONE} says the store does not sync at all ({@code cloudKitContainerOptions = nil}), whatever the model's
 * "Used with CloudKit" box says: such a configuration is left unchecked.
 */
public enum DatabaseScope {
    PRIVATE,
    PUBLIC,
    SHARED,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a store with this scope syncs with CloudKit, so that its configuration is checked. */
    public boolean isSynced() {
        return this != NONE;
    }

    /** {@code private, public, shared, none}: the ids, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(DatabaseScope::id).collect(Collectors.joining(", "));
    }

    /** {@code private, public, shared}: the scopes of a database that syncs, for messages. */
    public static String syncedIds() {
        return Arrays.stream(values()).filter(DatabaseScope::isSynced).map(DatabaseScope::id)
                .collect(Collectors.joining(", "));
    }

    /**
     * Reads {@code Configuration=scope} entries, as {@code --scope} and the Maven plugin's {@code scopes} take
     * them; a later entry for the same configuration wins.
     *
     * @throws IllegalArgumentException with a message that says what was expected
     */
    public static Map<String, DatabaseScope> parseAssignments(List<String> assignments) {
        Map<String, DatabaseScope> scopes = new LinkedHashMap<>();
        assignments.stream().map(DatabaseScope::parseAssignment).forEach(a -> scopes.put(a.getKey(), a.getValue()));
        return scopes;
    }

    private static Map.Entry<String, DatabaseScope> parseAssignment(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("expected CONFIGURATION=SCOPE, such as Public=public, but found '"
                    + assignment + "'");
        }
        String id = assignment.substring(equals + 1).trim();
        DatabaseScope scope = fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "'" + id + "' is not a database scope; use one of " + ids()));
        return Map.entry(assignment.substring(0, equals).trim(), scope);
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
