package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.finding.Severity;

@RuleInfo(
        id = "wiring-target-unresolved",
        severity = Severity.INFO,
        summary = "cdlint cannot tell how a target is signed or packaged, so its wiring was not checked",
        rationale = "A target's entitlements and Info.plist come from build settings that may refer to variables"
                + " defined outside the repository (on the xcodebuild command line, in a CI secret), to files not"
                + " committed, or from a Tuist manifest, which is Swift that cdlint does not run. cdlint says so"
                + " rather than guess and state the guess as fact.",
        source = "Swift Build's build-setting resolution (Settings.swift), https://github.com/swiftlang/swift-build;"
                + " Tuist's project manifests, https://docs.tuist.dev/en/references/project-description/structs/project",
        runtimeError = "None by itself: the target's wiring was not checked.",
        fix = "Commit the file the setting names, define the variable in an .xcconfig the project uses, or commit"
                + " the generated project.",
        example = "CODE_SIGN_ENTITLEMENTS = $(SIGNING_ENTITLEMENTS)   // defined only on the CI command line")
public final class TargetUnresolved implements WiringRule {

    @Override
    public void check(WiringContext context) {
        for (AppWiring.Unresolved unresolved : context.wiring().unresolved()) {
            context.report(unresolved.location(), unresolved.target(), null, unresolved.configuration(),
                    Severity.INFO, ProjectUnreadable.sentence(unresolved.reason()));
        }
    }
}
