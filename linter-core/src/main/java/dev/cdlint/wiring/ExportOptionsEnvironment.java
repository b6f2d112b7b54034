package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.Excerpt;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "wiring-export-options-environment",
        severity = Severity.ERROR,
        summary = "An ExportOptions plist for a CloudKit app lacks iCloudContainerEnvironment, or sends a"
                + " Developer ID export to Development",
        rationale = "xcodebuild -exportArchive sets the CloudKit environment of ad hoc, development, enterprise and"
                + " release-testing exports from the iCloudContainerEnvironment key of the ExportOptions plist, and"
                + " refuses to export a CloudKit app without it. App Store exports always use Production and ignore"
                + " the key; Developer ID exports work only with Production.",
        source = Sources.CLOUDKIT + "#wiring-export-options; xcodebuild -help, quoted in"
                + " https://github.com/codemagic-ci-cd/cli-tools/pull/49; failures in"
                + " https://github.com/fastlane/fastlane/issues/12017 and"
                + " https://github.com/microsoft/appcenter/issues/629",
        runtimeError = "\"exportOptionsPlist error for key 'iCloudContainerEnvironment': expected one of"
                + " {Development, Production}, but no value was provided\"; or a Developer ID build on the"
                + " Development database.",
        fix = "Add <key>iCloudContainerEnvironment</key><string>Production</string> (or Development for internal"
                + " builds meant to use the Development database).",
        example = """
                ExportOptions.plist:
                <key>method</key> <string>ad-hoc</string>
                (no iCloudContainerEnvironment)""")
public final class ExportOptionsEnvironment implements WiringRule {

    static final String KEY = "iCloudContainerEnvironment";
    /** Methods that take the environment from the key; old and new names (Xcode 15.3 renamed them). */
    private static final Set<String> NEED_THE_KEY = Set.of("ad-hoc", "release-testing", "development",
            "debugging", "enterprise");

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        Set<String> cloudKitApps = new LinkedHashSet<>();
        for (TargetVariant variant : context.variants()) {
            if (variant.isApplication() && wiring.entitlements(variant).map(Entitlements::grantsCloudKit).orElse(false)) {
                cloudKitApps.add(variant.target().name());
            }
        }
        if (cloudKitApps.isEmpty()) {
            return;
        }
        String apps = String.join(", ", cloudKitApps.stream().map(a -> Excerpt.quoted(a, 80)).toList());
        for (Path file : wiring.files().exportOptions()) {
            Optional<PlistValue.Dict> options = wiring.plist(file).filter(PlistValue.Dict.class::isInstance)
                    .map(PlistValue.Dict.class::cast);
            if (options.isEmpty()) {
                continue;
            }
            Optional<PlistValue.Entry> method = options.get().entry("method");
            String methodName = options.get().text("method").map(String::strip).orElse("");
            Optional<PlistValue.Entry> environment = options.get().entry(KEY);
            Optional<String> value = options.get().text(KEY).map(String::strip);
            if (NEED_THE_KEY.contains(methodName) && environment.isEmpty()) {
                context.report(method.orElseThrow().keyLocation(), null, KEY, null, Severity.ERROR, "this "
                        + methodName + " export of a CloudKit app (" + apps + ") has no " + KEY + ": xcodebuild"
                        + " -exportArchive stops with \"expected one of {Development, Production}, but no value was"
                        + " provided\".");
            } else if (environment.isPresent() && value.filter(v -> v.equals("Development")
                    || v.equals("Production")).isEmpty()) {
                context.report(environment.get().keyLocation(), null, KEY, null, Severity.ERROR, KEY + " must be"
                        + " Development or Production.");
            } else if (methodName.equals("developer-id") && value.filter("Development"::equals).isPresent()) {
                context.report(environment.orElseThrow().keyLocation(), null, KEY, null, Severity.ERROR, "a"
                        + " Developer ID export of a CloudKit app (" + apps + ") is set to the Development"
                        + " environment; Developer ID builds work only with Production.");
            }
        }
    }
}
