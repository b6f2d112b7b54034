package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.xcode.BuildSettings;
import java.util.List;

@RuleInfo(
        id = "wiring-infoplist-key-ignored",
        severity = Severity.WARNING,
        summary = "An INFOPLIST_KEY_ build setting that Xcode's Info.plist generator ignores",
        rationale = "With GENERATE_INFOPLIST_FILE, Xcode writes Info.plist keys from a fixed list of INFOPLIST_KEY_"
                + " settings (usage descriptions, launch screen, orientations…). UIBackgroundModes is not on it:"
                + " INFOPLIST_KEY_UIBackgroundModes is accepted without a word and never reaches the app, so the"
                + " remote-notification mode CloudKit needs is missing while the project looks right. Only keys"
                + " known to be left out are reported.",
        source = Sources.CLOUDKIT + "#wiring-background-modes; swiftlang/swift-build,"
                + " Sources/SWBTaskExecution/TaskActions/InfoPlistProcessorTaskAction.swift and"
                + " Sources/SWBCore/Specs/CoreBuildSystem.xcspec (no UIBackgroundModes setting),"
                + " https://github.com/swiftlang/swift-build",
        runtimeError = "None at build time; the app runs without the background mode (see"
                + " wiring-background-mode-missing).",
        fix = "Delete the setting and add Background Modes in Signing & Capabilities, which writes UIBackgroundModes"
                + " into the Info.plist file INFOPLIST_FILE names.",
        example = "INFOPLIST_KEY_UIBackgroundModes = remote-notification;")
public final class InfoPlistKeyIgnored implements WiringRule {

    /** Keys the generator is known to leave out, with what to do instead. */
    private static final List<String> IGNORED = List.of("UIBackgroundModes");

    @Override
    public void check(WiringContext context) {
        for (TargetVariant variant : context.variants()) {
            for (String key : IGNORED) {
                String setting = "INFOPLIST_KEY_" + key;
                variant.settings().get(setting).filter(BuildSettings.Value::written).ifPresent(value ->
                        context.report(variant, value.location(), setting, setting + " is not a setting Xcode's"
                                + " Info.plist generator reads: " + key + " never reaches the built app. Put " + key
                                + " in the Info.plist file INFOPLIST_FILE names (Signing & Capabilities > Background"
                                + " Modes does this)."));
            }
        }
    }
}
