package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import java.util.Locale;

@RuleInfo(
        id = "wiring-environment-development-in-release",
        severity = Severity.WARNING,
        summary = "A release configuration is signed with the CloudKit environment pinned to Development",
        rationale = "Without com.apple.developer.icloud-container-environment, development-signed builds use the"
                + " Development environment and distribution-signed ones Production. Pinning Development in the"
                + " entitlements a Release build uses keeps ad hoc, development and enterprise exports on the"
                + " Development database, so testers see other data than customers. Many projects share one file"
                + " for Debug and Release on purpose, hence a warning.",
        source = Sources.CLOUDKIT + "#wiring-environment; Apple, \"icloud-container-environment\","
                + " https://developer.apple.com/documentation/bundleresources/entitlements/com.apple.developer.icloud-container-environment",
        runtimeError = "Silent: a release build reads and writes the Development database; records customers"
                + " create are not where the team looks.",
        fix = "Remove the key from the Release entitlements (signing then picks the environment), or give Release"
                + " its own entitlements file pinning Production.",
        example = """
                App.entitlements (Debug and Release):
                <key>com.apple.developer.icloud-container-environment</key> <string>Development</string>""")
public final class EnvironmentDevelopmentInRelease implements WiringRule {

    @Override
    public void check(WiringContext context) {
        for (TargetVariant variant : context.variants()) {
            if (!isRelease(variant.configuration()) || variant.target().isTest()) {
                continue;
            }
            context.wiring().entitlements(variant).flatMap(e -> e.string(Entitlements.ENVIRONMENT))
                    .filter(item -> item.certain() && item.text().equals("Development"))
                    .ifPresent(item -> context.report(variant, context.wiring().entitlements(variant).orElseThrow()
                                    .entry(Entitlements.ENVIRONMENT).orElseThrow().keyLocation(),
                            Entitlements.ENVIRONMENT, "a release configuration pins the CloudKit environment to"
                                    + " Development: every build exported from it outside the App Store uses the"
                                    + " Development database."));
        }
    }

    /** Release, and its variants by name: Release-Staging, AppStore… The archive action builds Release by default. */
    static boolean isRelease(String configuration) {
        String name = configuration.toLowerCase(Locale.ROOT);
        return name.contains("release") || name.contains("appstore") || name.contains("app store")
                || name.equals("production") || name.equals("prod");
    }
}
