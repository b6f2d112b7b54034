package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "wiring-cloudkit-entitlement-missing",
        severity = Severity.WARNING,
        summary = "An app compiles code that syncs with CloudKit but is signed without the CloudKit service",
        rationale = "NSPersistentCloudKitContainer, a SwiftData store with a private database, CKSyncEngine and"
                + " CKContainer all need com.apple.developer.icloud-services to list CloudKit in the entitlements the"
                + " target is signed with. Without it mirroring never starts, in silence, or CloudKit stops the app."
                + " Xcode's \"Host in CloudKit\" template writes NSPersistentCloudKitContainer for apps that never"
                + " meant to sync, so intent is unclear: a warning, and an error when an entitlements file granting"
                + " CloudKit sits in the repository with no target naming it.",
        source = Sources.CLOUDKIT + "#wiring-entitlements; Apple, \"icloud-services\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.icloud-services;"
                + " Apple, \"Setting up Core Data with CloudKit\","
                + " https://developer.apple.com/documentation/coredata/setting-up-core-data-with-cloudkit",
        runtimeError = "Sync never starts; or \"In order to use CloudKit, your process must have a"
                + " com.apple.developer.icloud-services entitlement\".",
        fix = "In Signing & Capabilities add iCloud, tick CloudKit and the container (Xcode writes the entitlements"
                + " file and CODE_SIGN_ENTITLEMENTS); or, if the app is not meant to sync, use NSPersistentContainer.",
        example = """
                Persistence.swift (compiled by App):  let container = NSPersistentCloudKitContainer(name: "Model")
                App target, Debug and Release:       no CODE_SIGN_ENTITLEMENTS""")
public final class CloudKitEntitlementMissing implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        Optional<Path> orphan = orphanGrantingCloudKit(wiring);
        for (TargetVariant variant : context.variants()) {
            // Extensions that compile the app's persistence code without CloudKit are the usual way to read a
            // shared store without syncing it: only apps are expected to sync.
            if (!variant.isApplication() || !wiring.entitlementsKnown(variant)) {
                continue;
            }
            List<SwiftCode.ContainerSite> sites = Code.needingCloudKit(wiring, variant);
            if (sites.isEmpty()) {
                continue;
            }
            Optional<Entitlements> entitlements = wiring.entitlements(variant);
            if (entitlements.map(Entitlements::grantsCloudKit).orElse(false)) {
                continue;
            }
            SwiftCode.ContainerSite site = sites.get(0);
            String code = Code.api(site) + " (" + Code.where(site) + ")";
            String orphanNote = orphan.map(o -> " " + Excerpt.quoted(wiring.files().root().relativize(o).toString(),
                    120) + " grants CloudKit, but no target names it in CODE_SIGN_ENTITLEMENTS.").orElse("");
            Severity severity = orphan.isPresent() ? Severity.ERROR : Severity.WARNING;
            if (entitlements.isEmpty()) {
                context.report(variant, variant.target().location(), "CODE_SIGN_ENTITLEMENTS", severity,
                        "compiles " + code + " but is signed with no entitlements file, so CloudKit is off and the"
                                + " store never syncs." + orphanNote);
            } else {
                Entitlements file = entitlements.get();
                var at = file.entry(Entitlements.ICLOUD_SERVICES).map(e -> e.keyLocation()).orElse(file.top());
                context.report(variant, at, Entitlements.ICLOUD_SERVICES, severity, "compiles " + code + " but its"
                        + " entitlements do not list CloudKit in " + Entitlements.ICLOUD_SERVICES + ", so the store"
                        + " never syncs." + orphanNote);
            }
        }
    }

    /** An entitlements file granting CloudKit that no variant names: the likely intended one. */
    private static Optional<Path> orphanGrantingCloudKit(AppWiring wiring) {
        if (!wiring.allResolved("CODE_SIGN_ENTITLEMENTS")) {
            return Optional.empty();
        }
        var referenced = wiring.referenced("CODE_SIGN_ENTITLEMENTS");
        for (Path file : wiring.files().entitlements()) {
            if (referenced.contains(file.toAbsolutePath().normalize())) {
                continue;
            }
            if (wiring.plist(file).map(Entitlements::listsCloudKit).orElse(false)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
