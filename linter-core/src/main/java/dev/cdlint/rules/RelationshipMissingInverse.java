package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

@RuleInfo(
        id = "relationship-missing-inverse",
        severity = Severity.ERROR,
        summary = "A relationship synced with CloudKit has no inverse",
        rationale = "Records can synchronise out of order; the container links them up from either side, which"
                + " needs the inverse, so it rejects relationships without one.",
        source = Sources.CLOUDKIT + "#validator-relationships; " + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that all relationships have an"
                + " inverse, the following do not:",
        fix = "Add the opposite relationship on the destination entity and pick it as Inverse in both"
                + " relationships' Data Model inspectors.",
        example = """
                <relationship name="owner" optional="YES" maxCount="1" destinationEntity="Person"/>""")
public final class RelationshipMissingInverse extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        if (!relationship.hasInverse()) {
            context.report(entity, relationship, qualified(entity, relationship) + " has no inverse; add"
                    + " a relationship back from " + relationship.destinationEntity() + " and set it as the"
                    + " inverse.");
        }
    }
}
