package dev.cdlint.wiring;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.swift.AppGroupUse;
import dev.cdlint.model.swift.ContainerCode;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.RepositoryFiles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the wiring checks need from the Swift that creates containers: each place code creates or names a CloudKit
 * container or an App Group, as the Swift reader ({@code dev.cdlint.model.swift}) finds it. The wiring side decides
 * which targets compile each file; the reader only says what each file does.
 */
public interface SwiftCode {

    /** What the repository's Swift files do with containers and App Groups. */
    Found read(RepositoryFiles repository);

    /** Reads the repository's Swift files with the Swift reader, each file that mentions a container once. */
    SwiftCode READER = new SwiftReaderCode(null);

    /** Nothing is known about the code: the checks that start from it find nothing, the others still run. */
    SwiftCode NONE = new SwiftCode() {
        @Override
        public Found read(RepositoryFiles repository) {
            return new Found(List.of(), List.of());
        }
    };

    /**
     * What a run reads anyway: the container code of the repository, as the model checks read it, asked for when a
     * check first needs it.
     */
    static SwiftCode of(Supplier<ContainerCode> readByTheRun) {
        return new SwiftReaderCode(readByTheRun);
    }

    /** The container sites and App Group uses of a repository's Swift. */
    record Found(List<ContainerSite> sites, List<AppGroupUse> groupUses) {
        public Found {
            sites = List.copyOf(sites);
            groupUses = List.copyOf(groupUses);
        }
    }

    /** The API that creates or names the container. */
    enum Api {
        /** {@code NSPersistentCloudKitContainer(name:)}, with its store descriptions' options. */
        CORE_DATA_CLOUDKIT,
        /**
         * A SwiftData store whose database the code states ({@code ModelConfiguration(cloudKitDatabase: …)}), or
         * the default configuration {@code .modelContainer(for:)} or a {@code ModelContainer} without
         * configurations makes.
         */
        SWIFTDATA,
        /** A SwiftData {@code ModelConfiguration(…)} without {@code cloudKitDatabase:}: .automatic by default. */
        SWIFTDATA_DEFAULT_DATABASE,
        /** {@code CKContainer(identifier:)}. */
        CK_CONTAINER,
        /** {@code CKContainer.default()}: the container named after the bundle id. */
        CK_CONTAINER_DEFAULT,
        /** {@code CKSyncEngine}, which needs CloudKit and push like mirroring does. */
        CK_SYNC_ENGINE
    }

    /**
     * One place code creates or names a container: one per store a container opens, and per container identifier
     * the code may give that store.
     *
     * @param location the call, where a finding about it points: the container for Core Data and CloudKit, the
     *     configuration (or its {@code cloudKitDatabase:} argument) for SwiftData
     * @param model the model the container loads ({@code NSPersistentCloudKitContainer(name: "X")}), when known
     * @param containerIdentifier the container named in code ({@code NSPersistentCloudKitContainerOptions(
     *     containerIdentifier:)}, {@code CKContainer(identifier:)}, {@code .private("…")}) as the literal reads,
     *     white space kept; empty when none is named or it is not a literal or a constant
     * @param identifierLocation where the container identifier's literal is written, else where the store's
     *     database is set, else the site
     * @param scope the database the store syncs to when the code says; {@code NONE} when the options are set to
     *     nil or {@code cloudKitDatabase: .none} on every path; empty where it depends on the entitlements
     *     (SwiftData's {@code .automatic}) or on a value cdlint could not follow
     * @param checkedAtRunTime the container is created only after code checks the process's entitlements at run
     *     time (a Developer ID build that runs without CloudKit on purpose)
     */
    record ContainerSite(SourceLocation location, Api api, Optional<String> model, Optional<String> containerIdentifier,
            SourceLocation identifierLocation, Optional<DatabaseScope> scope, boolean checkedAtRunTime) {

        /** The store this site sets up mirrors to CloudKit (or the sync engine syncs), given its entitlements. */
        public boolean mirrors(boolean entitledForCloudKit) {
            return switch (api) {
                case CORE_DATA_CLOUDKIT -> scope.map(DatabaseScope::isSynced).orElse(true);
                // .automatic mirrors exactly when the target is entitled: no entitlement, no sync, on purpose.
                case SWIFTDATA, SWIFTDATA_DEFAULT_DATABASE -> scope.map(DatabaseScope::isSynced)
                        .orElse(entitledForCloudKit);
                case CK_SYNC_ENGINE -> true;
                case CK_CONTAINER, CK_CONTAINER_DEFAULT -> false;
            };
        }

        /** The site needs the CloudKit entitlement to work at all: it mirrors, syncs or opens a container. */
        public boolean needsCloudKit() {
            return switch (api) {
                case CORE_DATA_CLOUDKIT -> scope.map(DatabaseScope::isSynced).orElse(true);
                case SWIFTDATA, SWIFTDATA_DEFAULT_DATABASE -> scope.map(DatabaseScope::isSynced).orElse(false);
                case CK_SYNC_ENGINE, CK_CONTAINER, CK_CONTAINER_DEFAULT -> true;
            };
        }

        /** A {@code ModelConfiguration} that leaves its database to SwiftData's default, {@code .automatic}. */
        public boolean swiftDataAutomatic() {
            return api == Api.SWIFTDATA_DEFAULT_DATABASE;
        }
    }
}
