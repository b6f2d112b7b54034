package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

@RuleInfo(
        id = "ordered-relationship",
        severity = Severity.ERROR,
        summary = "A relationship synced with CloudKit is ordered",
        rationale = "The mirror stores a relationship as record names (a field or CDMR records), which keep no"
                + " order, so the container rejects ordered relationships.",
        source = Sources.CLOUDKIT + "#validator-relationships (TN3164 lists ordered relationships as unsupported); "
                + Sources.VALIDATOR + "; " + Sources.TN3164,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration does not support ordered relationships. The"
                + " following relationships are marked ordered:",
        fix = "Untick Ordered in the relationship's Data Model inspector and keep the order in an attribute of the"
                + " destination (for example a Double position).",
        example = """
                <relationship name="notes" optional="YES" toMany="YES" ordered="YES" destinationEntity="Note"
                    inverseName="folder" inverseEntity="Note"/>""")
public final class OrderedRelationship extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        if (relationship.ordered()) {
            context.report(entity, relationship, qualified(entity, relationship) + " is ordered, which"
                    + " CloudKit cannot store; untick Ordered and keep the order in an attribute of "
                    + relationship.destinationEntity() + ".");
        }
    }
}
