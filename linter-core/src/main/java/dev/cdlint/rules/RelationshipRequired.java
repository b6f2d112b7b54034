package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/**
 * The validator rejects non-optional relationships only; a minimum count is reported as well because it fails
 * the same way: an import that has not yet brought the related records cannot be saved.
 */
@RuleInfo(
        id = "relationship-required",
        severity = Severity.ERROR,
        summary = "A relationship synced with CloudKit is not optional, or has a minimum count",
        rationale = "Relationship changes may not be saved atomically: a record can arrive before the records it"
                + " points to. A required relationship (or a minimum count above 0) then fails validation and the"
                + " import stalls.",
        source = "cloudkit-mapping.md §3 and §5 (Apple doc table; runtime validator item 4); " + Sources.MODEL_DOC
                + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that all relationships be optional,"
                + " the following are not:",
        fix = "Tick Optional in the relationship's Data Model inspector and set its Minimum count to 0 (or leave it"
                + " empty); enforce the requirement in the UI instead.",
        example = """
                <relationship name="folder" maxCount="1" destinationEntity="Folder" inverseName="notes"
                    inverseEntity="Folder"/>""")
public final class RelationshipRequired extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        String name = qualified(entity, relationship);
        if (!relationship.optional()) {
            context.report(entity, relationship, name + " is not optional, but synced records can arrive before"
                    + " the records they point to; make it optional.");
        } else if (relationship.minCount() > 0) {
            context.report(entity, relationship, name + " requires at least " + relationship.minCount()
                    + " related objects, but synced records can arrive before the records they point to; set its"
                    + " minimum count to 0.");
        }
    }
}
