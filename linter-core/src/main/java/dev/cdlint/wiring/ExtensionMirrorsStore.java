package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;

@RuleInfo(
        id = "wiring-extension-mirrors-store",
        severity = Severity.WARNING,
        summary = "An app extension mirrors a store it shares with its app through an App Group",
        rationale = "When a widget or other extension compiles the mirrored container and is itself signed for"
                + " CloudKit and an App Group, two processes mirror the same store file: exports run twice,"
                + " history is trimmed under the other process, and the store reports another instance syncing."
                + " Extensions usually read the shared store with cloudKitContainerOptions set to nil and leave"
                + " sync to the app. An extension without the CloudKit entitlement never syncs and is not reported.",
        source = Sources.CLOUDKIT + "#wiring-extensions; discussion and fix in"
                + " https://github.com/pawello2222/WidgetExamples/issues/4",
        runtimeError = "NSCocoaErrorDomain 134422 \"another instance of this persistent store actively syncing"
                + " with CloudKit in this process\", 134410, duplicate records, stale widgets.",
        fix = "In the extension, load the shared store without mirroring (description.cloudKitContainerOptions ="
                + " nil, or cloudKitDatabase: .none) and remove iCloud from the extension's capabilities if it needs"
                + " no direct CloudKit access.",
        example = """
                Widget target: compiles Persistence.swift (NSPersistentCloudKitContainer),
                Widget.entitlements: iCloud with CloudKit and group.com.example.Notes""")
public final class ExtensionMirrorsStore implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            if (!variant.target().isExtension()) {
                continue;
            }
            wiring.entitlements(variant)
                    .filter(e -> e.grantsCloudKit() && !e.strings(Entitlements.APP_GROUPS).isEmpty())
                    .ifPresent(e -> Code.mirroring(wiring, variant, true)
                            .filter(site -> !site.checkedAtRunTime())
                            .ifPresent(site -> context.report(variant, site.location(), Entitlements.ICLOUD_SERVICES,
                                    "this extension mirrors with " + Code.api(site) + " and is signed for CloudKit"
                                            + " and an App Group: it syncs the store it shares with its app, as a"
                                            + " second process. Load the store without CloudKit options in the"
                                            + " extension.")));
        }
    }
}
