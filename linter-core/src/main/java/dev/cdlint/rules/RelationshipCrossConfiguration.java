package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/** A destination that does not exist at all is relationship-dangling-destination's to report. */
@RuleInfo(
        id = "relationship-cross-configuration",
        severity = Severity.ERROR,
        summary = "A relationship points to an entity outside the configuration",
        rationale = "Each configuration is its own store and its own CloudKit schema; a relationship to an entity"
                + " in another store cannot be stored or synced.",
        source = Sources.CLOUDKIT + "#validator-configurations and " + Sources.CLOUDKIT + "#database-scope; "
                + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration does not allow relationships to objects that"
                + " aren't sync'd. The following relationships have destination entities that not in the"
                + " specified configuration.",
        fix = "Add the destination entity to the configuration, or replace the relationship with an identifier"
                + " attribute (a UUID) that is looked up in the other store.",
        example = """
                <configuration name="Cloud" usedWithCloudKit="YES">
                    <memberEntity name="Note"/>
                </configuration>
                <!-- Note.cachedPreview points to Preview, which is only in the Local configuration -->""")
public final class RelationshipCrossConfiguration extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        String destination = relationship.destinationEntity();
        if (context.version().entity(destination).isPresent() && !context.configuration().contains(destination)) {
            context.report(entity, relationship, qualified(entity, relationship) + " points to "
                    + destination + ", which is not in the configuration " + context.configuration().name()
                    + "; add " + destination + " to it or link the two by an identifier instead.");
        }
    }
}
