package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/**
 * Only {@code optional} counts, as in the validator (V:383): Xcode writes {@code minCount="1" maxCount="1"} on many
 * optional to-one relationships, and Core Data's own validation lets an optional relationship be empty whatever
 * its minimum count, so a minimum count alone is no error.
 */
@RuleInfo(
        id = "relationship-required",
        severity = Severity.ERROR,
        summary = "A relationship synced with CloudKit is not optional",
        rationale = "Relationship changes may not be saved atomically: a record can arrive before the records it"
                + " points to, so the container requires every relationship to be optional and refuses to load the"
                + " store otherwise. A minimum count on an optional relationship is accepted: an empty optional"
                + " relationship passes validation.",
        source = Sources.CLOUDKIT + "#validator-relationships; " + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that all relationships be optional,"
                + " the following are not:",
        fix = "Tick Optional in the relationship's Data Model inspector; enforce the requirement in the UI instead.",
        example = """
                <relationship name="folder" maxCount="1" destinationEntity="Folder" inverseName="notes"
                    inverseEntity="Folder"/>""")
public final class RelationshipRequired extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        if (!relationship.optional()) {
            context.report(entity, relationship, qualified(entity, relationship) + " is not optional, but synced"
                    + " records can arrive before the records they point to; make it optional.");
        }
    }
}
