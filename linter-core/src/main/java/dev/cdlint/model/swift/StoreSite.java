package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * @param containers the CloudKit containers named, where a literal or a constant gives them, once each
 * @param location the {@code cloudKitDatabase:} argument, else the configuration or container call; for Core
 *     Data where the code sets the store's options
 * @param reason how the databases were read, for reports: {@code cloudKitDatabase: .private(…)}
 * @param origin where the databases come from: the code, or an API's default
 */
public record StoreSite(String configuration, List<TypeReference> types, Set<CloudKitDatabase> databases,
        List<ContainerIdentifier> containers, SourceLocation location, String reason, Origin origin) {

    /** Where a store's databases come from. */
    public enum Origin {
        /** The code writes them: {@code cloudKitDatabase:}, Core Data's {@code cloudKitContainerOptions} or scope. */
        WRITTEN,
        /** A {@code ModelConfiguration(…)} without {@code cloudKitDatabase:}: SwiftData's default, .automatic. */
        CONFIGURATION_DEFAULT,
        /**
         * No configuration at all: the default one {@code .modelContainer(for:)} or a {@code ModelContainer} without
         * {@code configurations:} makes, or a Core Data store description left with its default options.
         */
        CONTAINER_DEFAULT,
        /**
         * A container's {@code configurations:} argument that could not be followed to a {@code ModelConfiguration}
         * call (a closure's parameter, say): its databases are unknown.
         */
        NOT_FOLLOWED
    }

    public StoreSite {
        types = List.copyOf(types);
        databases = Set.copyOf(databases);
        Set<String> seen = new LinkedHashSet<>();
        List<ContainerIdentifier> once = new ArrayList<>();
        containers.stream().filter(c -> seen.add(c.identifier())).forEach(once::add);
        containers = List.copyOf(once);
    }

    /** The containers' identifiers, in the order the code names them. */
    public List<String> containerIdentifiers() {
        return containers.stream().map(ContainerIdentifier::identifier).toList();
    }

    /** Whether the configurations argument this store stands for was followed to a configuration. */
    public boolean followed() {
        return origin != Origin.NOT_FOLLOWED;
    }
}
