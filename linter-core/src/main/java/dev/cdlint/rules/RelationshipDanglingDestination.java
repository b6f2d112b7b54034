package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

@RuleInfo(
        id = "relationship-dangling-destination",
        severity = Severity.ERROR,
        summary = "A relationship's destination entity does not exist",
        rationale = "A relationship to an entity the model does not have cannot be compiled, let alone mirrored:"
                + " there is no record type for the related records and no inverse to link them.",
        source = Sources.CLOUDKIT + "#relationships (stored as record names of the destination's record type) and "
                + Sources.CLOUDKIT + "#validator-configurations (destinations must be synced); " + Sources.VALIDATOR,
        runtimeError = "The model does not compile (momc), or, if it is edited by hand after compiling, the"
                + " relationship has no inverse: " + Sources.VALIDATOR_ERROR + "CloudKit integration requires that"
                + " all relationships have an inverse, the following do not:",
        fix = "Pick an existing Destination in the relationship's Data Model inspector, or add the missing entity.",
        example = """
                <relationship name="owner" optional="YES" maxCount="1" destinationEntity="Persn"
                    inverseName="items" inverseEntity="Persn"/>""")
public final class RelationshipDanglingDestination extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        String destination = relationship.destinationEntity();
        if (destination == null || destination.isEmpty()) {
            context.report(entity, relationship, qualified(entity, relationship) + " has no destination"
                    + " entity; pick one.");
        } else if (context.version().entity(destination).isEmpty()) {
            context.report(entity, relationship, qualified(entity, relationship) + " points to "
                    + destination + ", which the model does not have; pick an existing destination or add the"
                    + " entity.");
        }
    }
}
