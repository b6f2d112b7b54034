package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.finding.Severity;

/** Reported by the engine after every other rule has run, since only then is it known what each one excused. */
@RuleInfo(
        id = "unused-suppression",
        severity = Severity.WARNING,
        summary = "A cdlint.disable suppression in the model matches no finding",
        rationale = "A suppression that no longer excuses anything (the problem was fixed, or the rule id is"
                + " misspelt) stays in the model and silently hides the next real problem on that element.",
        source = "cdlint's own convention: suppressions live in the element's User Info (key cdlint.disable).",
        runtimeError = "None directly; it prevents a future CloudKit problem from being hidden.",
        fix = "Remove the rule id from the element's cdlint.disable User Info entry (Data Model inspector), or the"
                + " entry itself when it is empty; check the id against 'cdlint rules'.",
        example = """
                <attribute name="title" optional="YES" attributeType="String">
                    <userInfo>
                        <entry key="cdlint.disable" value="attribute-required-without-default"/>
                    </userInfo>
                </attribute>""")
public final class UnusedSuppression implements ModelRule {

    @Override
    public void check(ModelContext context) {
        // The engine reports unused suppressions itself, after the other rules; see RuleEngine.
    }
}
