package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.xcode.Platform;

@RuleInfo(
        id = "wiring-push-key-wrong-platform",
        severity = Severity.WARNING,
        summary = "A Mac build carries the iOS push entitlement and not the macOS one",
        rationale = "macOS names the push entitlement com.apple.developer.aps-environment; aps-environment is the"
                + " key of iOS, iPadOS, tvOS, watchOS and visionOS. A Mac build whose entitlements hold only the iOS"
                + " key is signed without push, so CloudKit cannot tell the Mac about remote changes. A"
                + " multiplatform target whose one file carries both keys is correct; Mac Catalyst builds are left"
                + " alone, as what they need is not documented.",
        source = Sources.CLOUDKIT + "#wiring-push; Apple, \"com.apple.developer.aps-environment\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.aps-environment",
        runtimeError = "No push on the Mac: remote changes arrive only at launch or foreground.",
        fix = "Add the Push Notifications capability to the macOS target (or destination), which writes"
                + " com.apple.developer.aps-environment; keep aps-environment for the iOS builds.",
        example = """
                Mac.entitlements (SDKROOT = macosx):
                <key>aps-environment</key> <string>development</string>""")
public final class PushKeyWrongPlatform implements WiringRule {

    @Override
    public void check(WiringContext context) {
        for (TargetVariant variant : context.variants()) {
            if (variant.platform() != Platform.MACOS) {
                continue;
            }
            context.wiring().entitlements(variant).ifPresent(file -> {
                if (file.has(Entitlements.PUSH_IOS) && !file.has(Entitlements.PUSH_MACOS)) {
                    context.report(variant, file.entry(Entitlements.PUSH_IOS).orElseThrow().keyLocation(),
                            Entitlements.PUSH_IOS, "the macOS build is signed with aps-environment, the iOS key,"
                                    + " and no " + Entitlements.PUSH_MACOS + ": codesign leaves push out and"
                                    + " CloudKit cannot wake the Mac for remote changes.");
                }
            });
        }
    }
}
