package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "wiring-container-not-entitled",
        severity = Severity.ERROR,
        summary = "Code names a CloudKit container that the target's entitlements do not list",
        rationale = "A process may open only the containers its com.apple.developer.icloud-container-identifiers"
                + " entitlement lists. NSPersistentCloudKitContainerOptions(containerIdentifier:),"
                + " CKContainer(identifier:) and SwiftData's .private(\"…\") with a container the target is not"
                + " signed for fail; CKContainer.default() opens iCloud. plus the bundle identifier, which must be"
                + " listed too. Checked per target and configuration, after Xcode's variable substitution; a list"
                + " whose variables do not resolve is left alone.",
        source = Sources.CLOUDKIT + "#wiring-containers; Apple, \"CKContainer init(identifier:)\","
                + " https://developer.apple.com/documentation/cloudkit/ckcontainer/init(identifier:)",
        runtimeError = "\"Bad Container\" (5/1014), \"Permission Failure\" (10/2007) \"Invalid bundle ID for"
                + " container\", or a crash opening an undeclared container.",
        fix = "Tick the container under iCloud in Signing & Capabilities for this target (Xcode adds it to the"
                + " entitlements file), or correct the identifier in code.",
        example = """
                NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.Old")
                App.entitlements lists only iCloud.com.example.Notes""")
public final class ContainerNotEntitled implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            if (variant.target().isTest()) {
                continue;
            }
            Optional<Entitlements> entitlements = wiring.entitlements(variant);
            // Without CloudKit at all, wiring-cloudkit-entitlement-missing says so.
            if (entitlements.isEmpty() || !entitlements.get().grantsCloudKit()) {
                continue;
            }
            List<Entitlements.Item> listed = entitlements.get().strings(Entitlements.CONTAINERS);
            if (listed.stream().anyMatch(i -> !i.certain())) {
                continue;
            }
            List<String> identifiers = listed.stream().map(Entitlements.Item::text).toList();
            for (SwiftCode.ContainerSite site : wiring.sites(variant.target())) {
                if (site.checkedAtRunTime() || !site.needsCloudKit()) {
                    continue;
                }
                Optional<String> named = site.api() == SwiftCode.Api.CK_CONTAINER_DEFAULT
                        ? variant.bundleIdentifier().map(id -> "iCloud." + id) : site.containerIdentifier();
                // A malformed identifier is wiring-container-id-malformed's finding.
                if (named.isEmpty() || ContainerIdMalformed.problem(named.get(), true).isPresent()
                        || identifiers.contains(named.get())) {
                    continue;
                }
                String how = site.api() == SwiftCode.Api.CK_CONTAINER_DEFAULT
                        ? "CKContainer.default() opens " + Excerpt.quoted(named.get(), 120) + " (iCloud. and the"
                                + " bundle identifier)"
                        : "the code names the container " + Excerpt.quoted(named.get(), 120);
                context.report(variant, site.identifierLocation(), Entitlements.CONTAINERS, how + ", which its entitlements"
                        + " do not list (" + (identifiers.isEmpty() ? "they list none" : String.join(", ",
                        identifiers.stream().map(i -> Excerpt.quoted(i, 120)).toList())) + "): CloudKit refuses"
                        + " it.");
            }
        }
    }
}
