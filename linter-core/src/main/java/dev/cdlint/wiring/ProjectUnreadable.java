package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.InputException;
import java.util.LinkedHashSet;
import java.util.Set;

@RuleInfo(
        id = "wiring-project-unreadable",
        severity = Severity.INFO,
        summary = "A project file, entitlements file, Info.plist, configuration file or script could not be read,"
                + " so the wiring checks that need it did not run",
        rationale = "What cdlint cannot read it cannot check, and passing it in silence would hide that. Some files"
                + " Apple's tools accept are not well-formed XML (a comment holding \"--\"), so this is information,"
                + " not an error: the rest of the repository is still checked.",
        source = "cdlint's readers: property lists (XML, binary and the ASCII format of project.pbxproj) through"
                + " dd-plist, https://github.com/3breadt/dd-plist; .xcconfig files as Apple's Xcode help describes"
                + " them, https://help.apple.com/xcode/mac/current/en.lproj/dev745c5c974.html",
        runtimeError = "Whatever the file holds was not checked.",
        fix = "Fix what the message names at the position given, or restore the file from version control.",
        example = "App.entitlements: <dict><key>aps-environment</key><string>development</dict>")
public final class ProjectUnreadable implements WiringRule {

    @Override
    public void check(WiringContext context) {
        Set<String> seen = new LinkedHashSet<>();
        for (InputException unreadable : context.wiring().unreadable()) {
            if (seen.add(unreadable.describe())) {
                context.report(unreadable.location(), null, null, null, Severity.INFO, sentence(unreadable.getMessage())
                        + " The wiring checks that need it did not run.");
            }
        }
    }

    static String sentence(String reason) {
        String text = reason == null || reason.isBlank() ? "it cannot be read" : reason.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
