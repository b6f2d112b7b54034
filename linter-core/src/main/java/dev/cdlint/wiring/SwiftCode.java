package dev.cdlint.wiring;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the wiring checks need from the Swift that creates containers: each place code creates or names a CloudKit
 * container or an App Group, as the Swift reader finds it. The wiring side decides which targets compile each
 * file; the reader only says what each file does.
 */
public interface SwiftCode {

    /** Whether a Swift reader is there: without one, the checks that need code say so and find nothing. */
    boolean available();

    /** What the Swift files given do with containers and App Groups, each file read once, in file order. */
    Found read(List<Path> swiftFiles);

    /** The container sites and App Group uses of a set of Swift files. */
    record Found(List<ContainerSite> sites, List<GroupUse> groupUses) {
        public Found {
            sites = List.copyOf(sites);
            groupUses = List.copyOf(groupUses);
        }
    }

    /**
     * The container code reader the run uses: one registered as a {@link ServiceLoader} provider of this
     * interface, else {@link #NONE}.
     */
    // TODO(swift): the adapter over dev.cdlint.swift becomes the default once the Swift reader is on main; until
    // then only the tests register a stand-in, and a real run reads no code.
    static SwiftCode installed() {
        return ServiceLoader.load(SwiftCode.class, SwiftCode.class.getClassLoader()).findFirst()
                .orElse(NONE);
    }

    /** No Swift reader: nothing is known about the code. */
    SwiftCode NONE = new SwiftCode() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Found read(List<Path> swiftFiles) {
            return new Found(List.of(), List.of());
        }
    };

    /** The API that creates or names the container. */
    enum Api {
        /** {@code NSPersistentCloudKitContainer(name:)}, with its store descriptions' options. */
        CORE_DATA_CLOUDKIT,
        /** SwiftData's {@code ModelConfiguration(…)}. */
        SWIFTDATA,
        /** {@code CKContainer(identifier:)}. */
        CK_CONTAINER,
        /** {@code CKContainer.default()}: the container named after the bundle id. */
        CK_CONTAINER_DEFAULT,
        /** {@code CKSyncEngine}, which needs CloudKit and push like mirroring does. */
        CK_SYNC_ENGINE
    }

    /**
     * One place code creates or names a container.
     *
     * @param location the call, where a finding about it points
     * @param model the model the container loads ({@code NSPersistentCloudKitContainer(name: "X")}), when known
     * @param containerIdentifier the container named in code ({@code NSPersistentCloudKitContainerOptions(
     *     containerIdentifier:)}, {@code CKContainer(identifier:)}, {@code .private("…")}) as the literal reads,
     *     white space kept; empty when none is named or it is not a literal
     * @param scope the database the store syncs to: empty for SwiftData's {@code .automatic} (no
     *     {@code cloudKitDatabase:} argument) and for code that does not say; {@code NONE} when the options are
     *     set to nil or {@code cloudKitDatabase: .none}
     * @param identifierLocation where the container identifier is written (the options call), else the site
     * @param checkedAtRunTime the container is created only after code checks the process's entitlements or
     *     iCloud account at run time (a Developer ID build that runs without CloudKit on purpose)
     */
    record ContainerSite(SourceLocation location, Api api, Optional<String> model, Optional<String> containerIdentifier,
            SourceLocation identifierLocation, Optional<DatabaseScope> scope, boolean checkedAtRunTime) {

        /** The store this site sets up mirrors to CloudKit (or the sync engine syncs), given its entitlements. */
        public boolean mirrors(boolean entitledForCloudKit) {
            return switch (api) {
                case CORE_DATA_CLOUDKIT -> scope.map(DatabaseScope::isSynced).orElse(true);
                // .automatic mirrors exactly when the target is entitled: no entitlement, no sync, on purpose.
                case SWIFTDATA -> scope.map(DatabaseScope::isSynced).orElse(entitledForCloudKit);
                case CK_SYNC_ENGINE -> true;
                case CK_CONTAINER, CK_CONTAINER_DEFAULT -> false;
            };
        }

        /** The site needs the CloudKit entitlement to work at all: it mirrors, syncs or opens a container. */
        public boolean needsCloudKit() {
            return switch (api) {
                case CORE_DATA_CLOUDKIT -> scope.map(DatabaseScope::isSynced).orElse(true);
                case SWIFTDATA -> scope.map(DatabaseScope::isSynced).orElse(false);
                case CK_SYNC_ENGINE, CK_CONTAINER, CK_CONTAINER_DEFAULT -> true;
            };
        }

        public boolean swiftDataAutomatic() {
            return api == Api.SWIFTDATA && scope.isEmpty();
        }
    }

    /**
     * An App Group the code uses: {@code containerURL(forSecurityApplicationGroupIdentifier:)},
     * {@code ModelConfiguration(groupContainer: .identifier(…))}, {@code UserDefaults(suiteName:)}.
     */
    record GroupUse(SourceLocation location, String identifier) {}
}
