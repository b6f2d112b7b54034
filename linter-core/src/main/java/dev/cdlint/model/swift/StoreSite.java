package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * One store a container opens: a SwiftData {@code ModelConfiguration} (or the default configuration a container
 * makes without one), or a Core Data store description.
 *
 * @param configuration the configuration's name: {@code ModelConfiguration("Cloud", …)}, or Core Data's
 *     {@code description.configuration = "Cloud"}; null when unnamed
 * @param types the model types the configuration's own {@code schema:} lists, as written; empty when it has none
 *     and covers the container's models
 * @param databases every value the code can pass: a ternary, or a fallback to {@code .none}, gives several
 * @param containerIdentifiers the CloudKit containers named, where a literal or a constant gives them
 * @param location the {@code cloudKitDatabase:} argument, else the configuration or container call; for Core
 *     Data where the code sets the store's options
 * @param reason how the databases were read, for reports: {@code cloudKitDatabase: .private(…)}
 * @param followed false for a container's {@code configurations:} argument that could not be followed to a
 *     {@code ModelConfiguration} call (a closure's parameter, say); its databases are then unknown
 */
public record StoreSite(String configuration, List<TypeReference> types, Set<CloudKitDatabase> databases,
        List<String> containerIdentifiers, SourceLocation location, String reason, boolean followed) {

    public StoreSite {
        types = List.copyOf(types);
        databases = Set.copyOf(databases);
        containerIdentifiers = containerIdentifiers.stream().distinct().toList();
    }

    public StoreSite(String configuration, List<TypeReference> types, Set<CloudKitDatabase> databases,
            List<String> containerIdentifiers, SourceLocation location, String reason) {
        this(configuration, types, databases, containerIdentifiers, location, reason, true);
    }

    /** Whether any value the code can pass mirrors the store, or might: a value not followed counts as syncing. */
    public boolean maySync() {
        return databases.stream().anyMatch(d -> d != CloudKitDatabase.NONE);
    }
}
