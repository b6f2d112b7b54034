package dev.cdlint.wiring;

import java.util.List;
import java.util.Optional;

/** What a variant's Swift code does with CloudKit, as the rules ask it. */
final class Code {

    private Code() {}

    /**
     * The sites the variant compiles that need the CloudKit entitlement, less those created only after a run-time
     * check of the entitlements (a build that runs without CloudKit on purpose).
     */
    static List<SwiftCode.ContainerSite> needingCloudKit(AppWiring wiring, TargetVariant variant) {
        return wiring.sites(variant.target()).stream()
                .filter(SwiftCode.ContainerSite::needsCloudKit)
                .filter(site -> !site.checkedAtRunTime())
                .toList();
    }

    /** The first site the variant compiles that mirrors a store or runs a sync engine, given its entitlements. */
    static Optional<SwiftCode.ContainerSite> mirroring(AppWiring wiring, TargetVariant variant,
            boolean entitledForCloudKit) {
        return wiring.sites(variant.target()).stream()
                .filter(site -> site.mirrors(entitledForCloudKit))
                .findFirst();
    }

    /** An app variant that is signed for CloudKit and compiles code that mirrors: what sync needs push for. */
    record Syncing(Entitlements entitlements, SwiftCode.ContainerSite site) {}

    /**
     * The variant's entitlements and the first site that mirrors, when the variant is signed for CloudKit and
     * compiles one; empty otherwise (without CloudKit, wiring-cloudkit-entitlement-missing says what is wrong).
     */
    static Optional<Syncing> syncing(AppWiring wiring, TargetVariant variant) {
        return wiring.entitlements(variant).filter(Entitlements::grantsCloudKit)
                .flatMap(entitlements -> mirroring(wiring, variant, true).map(site -> new Syncing(entitlements, site)));
    }

    /** {@code Persistence.swift:12}: where a site is, for messages. */
    static String where(SwiftCode.ContainerSite site) {
        return site.location().file().getFileName() + ":" + site.location().line();
    }

    static String api(SwiftCode.ContainerSite site) {
        return switch (site.api()) {
            case CORE_DATA_CLOUDKIT -> "NSPersistentCloudKitContainer";
            case SWIFTDATA -> "a SwiftData store";
            case SWIFTDATA_DEFAULT_DATABASE -> "a SwiftData ModelConfiguration";
            case CK_CONTAINER -> "CKContainer(identifier:)";
            case CK_CONTAINER_DEFAULT -> "CKContainer.default()";
            case CK_SYNC_ENGINE -> "CKSyncEngine";
        };
    }
}
