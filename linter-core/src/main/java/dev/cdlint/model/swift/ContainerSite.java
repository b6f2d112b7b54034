package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Where the code creates a persistent container or uses CloudKit directly, and what it says about syncing: the
 * result the SwiftData model reader places models with, and the app-wiring checks read containers from.
 *
 * @param kind what creates it
 * @param location the call: {@code ModelContainer(…)}, {@code .modelContainer(for:)},
 *     {@code ModelConfiguration(…)} when no container call was found for it, {@code NSPersistentCloudKitContainer(…)},
 *     {@code CKContainer(…)}, {@code CKSyncEngine(…)}
 * @param types the model types passed to the container, as written ({@code for: Item.self, Tag.self}, a
 *     {@code Schema([…])}); empty for Core Data
 * @param versionedSchema {@code Schema(versionedSchema: V.self)}: the version the container is built from; null
 * @param migrationPlan {@code migrationPlan: P.self}; null
 * @param modelName Core Data's {@code NSPersistentCloudKitContainer(name: "X")}: the model bundle's name; null
 * @param stores the stores it opens, each with the databases the code gives it; for {@code CKContainer} one
 *     without databases that names the container; none for {@code CKSyncEngine}
 * @param checkedAtRunTime the code that creates it asks for the process's entitlements at run time
 *     ({@code SecTaskCopyValueForEntitlement}, directly or through a function of the project): a build that runs
 *     without CloudKit on purpose, such as a Developer ID variant
 */
public record ContainerSite(Kind kind, SourceLocation location, List<TypeReference> types, TypeReference versionedSchema,
        String migrationPlan, String modelName, List<StoreSite> stores, boolean checkedAtRunTime) {

    public enum Kind {
        /** {@code ModelContainer(for: …, configurations: …)}. */
        MODEL_CONTAINER,
        /** SwiftUI's {@code .modelContainer(for: …)}, which makes the default configuration. */
        VIEW_MODIFIER,
        /** A {@code ModelConfiguration(…)} no container call was found for (built in a factory, say). */
        MODEL_CONFIGURATION,
        /** {@code NSPersistentCloudKitContainer(name: …)}. */
        CORE_DATA,
        /**
         * {@code CKContainer(identifier: …)}: no store, only the CloudKit container the code uses directly, which
         * must be entitled as much as a mirrored one.
         */
        CLOUDKIT,
        /** {@code CKContainer.default()}: the container named {@code iCloud.} and the bundle identifier. */
        CLOUDKIT_DEFAULT,
        /** {@code CKSyncEngine(…)}: records synced by the app's own code, which needs CloudKit and push too. */
        SYNC_ENGINE;

        /** Whether it sets up SwiftData stores, which hold the models a SwiftData model is placed in. */
        public boolean swiftData() {
            return this == MODEL_CONTAINER || this == VIEW_MODIFIER || this == MODEL_CONFIGURATION;
        }
    }

    public ContainerSite {
        types = List.copyOf(types);
        stores = List.copyOf(stores);
    }

    public Optional<TypeReference> versioned() {
        return Optional.ofNullable(versionedSchema);
    }
}
