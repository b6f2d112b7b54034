package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.xcode.Platform;
import java.util.Optional;

@RuleInfo(
        id = "wiring-push-entitlement-missing",
        severity = Severity.WARNING,
        summary = "An app that syncs with CloudKit has no push entitlement for its platform",
        rationale = "CloudKit tells a device about changes from other devices with silent pushes. Without"
                + " aps-environment (iOS, iPadOS, tvOS, watchOS, visionOS) or com.apple.developer.aps-environment"
                + " (macOS) in the entitlements, no push arrives, and changes show up only when the app is launched"
                + " or comes to the foreground. Sync still works, so nothing reports it.",
        source = Sources.CLOUDKIT + "#wiring-push; Apple, \"aps-environment\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/aps-environment;"
                + " Apple, \"Syncing model data across a person's devices\","
                + " https://developer.apple.com/documentation/swiftdata/syncing-model-data-across-a-persons-devices",
        runtimeError = "Remote changes arrive only at launch or foreground; registering for pushes logs \"no valid"
                + " 'aps-environment' entitlement string found for application\".",
        fix = "In Signing & Capabilities add Push Notifications to the target (Xcode writes aps-environment, or"
                + " com.apple.developer.aps-environment for a Mac app, into its entitlements file).",
        example = """
                App.entitlements (iOS app that mirrors):
                <key>com.apple.developer.icloud-services</key> <array><string>CloudKit</string></array>
                (no aps-environment)""")
public final class PushEntitlementMissing implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            if (!variant.isApplication() || variant.platform() == Platform.MAC_CATALYST) {
                continue;
            }
            Optional<Code.Syncing> syncing = Code.syncing(wiring, variant);
            if (syncing.isEmpty()) {
                continue;
            }
            Entitlements file = syncing.get().entitlements();
            SwiftCode.ContainerSite site = syncing.get().site();
            boolean mac = variant.platform().isMac();
            String key = mac ? Entitlements.PUSH_MACOS : Entitlements.PUSH_IOS;
            // A Mac target with only the iOS key is wiring-push-key-wrong-platform's finding.
            if (file.has(key) || (mac && file.has(Entitlements.PUSH_IOS))) {
                continue;
            }
            context.report(variant, file.top(), key, "syncs with " + Code.api(site) + " ("
                    + Code.where(site) + ") but its entitlements have no " + key + ", so no push tells it"
                    + " about changes made on other devices: they arrive only when the app is launched or comes to"
                    + " the foreground. Add the Push Notifications capability.");
        }
    }
}
