package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.DeleteRule;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

@RuleInfo(
        id = "relationship-deny-rule",
        severity = Severity.ERROR,
        summary = "A relationship synced with CloudKit uses the Deny delete rule",
        rationale = "A deletion that arrives from another device cannot be refused, so Deny cannot be honoured;"
                + " the container rejects it. Nullify, Cascade and No Action are accepted.",
        source = Sources.CLOUDKIT + "#validator-delete-rules (a SwiftData spike confirms it:"
                + " https://github.com/jirigrill/eczema-helper/issues/713); " + Sources.MODEL_DOC + "; "
                + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "The following relationships are configured with unsupported"
                + " delete rules:",
        fix = "Set the relationship's Delete Rule to Nullify (or Cascade) in its Data Model inspector, and check"
                + " for related objects in code before deleting, where the app needs that.",
        example = """
                <relationship name="notes" optional="YES" toMany="YES" deletionRule="Deny" destinationEntity="Note"
                    inverseName="folder" inverseEntity="Note"/>""")
public final class RelationshipDenyRule extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        if (relationship.deleteRule() == DeleteRule.DENY) {
            context.report(entity, relationship, qualified(entity, relationship) + " uses the Deny delete"
                    + " rule, which CloudKit sync cannot honour; use Nullify or Cascade and check in code.");
        }
    }
}
