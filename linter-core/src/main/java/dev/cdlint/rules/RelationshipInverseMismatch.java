package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Relationship;
import java.util.Optional;

/** A missing destination is relationship-dangling-destination's to report; this rule needs one to look in. */
@RuleInfo(
        id = "relationship-inverse-mismatch",
        severity = Severity.ERROR,
        summary = "A relationship's inverse does not exist or does not point back",
        rationale = "The container links records from either side through the inverse. An inverse the destination"
                + " does not have leaves the relationship without one at run time; an inverse that points"
                + " elsewhere makes the two sides disagree about which objects are related.",
        source = Sources.CLOUDKIT + "#validator-relationships (every relationship must have an inverse); "
                + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that all relationships have an"
                + " inverse, the following do not: (when the named inverse does not resolve), or related objects"
                + " that differ between the two sides.",
        fix = "In the relationship's Data Model inspector pick as Inverse the destination's relationship that"
                + " points back to this entity, and make that relationship name this one as its inverse.",
        example = """
                <entity name="Note">
                    <relationship name="folder" optional="YES" maxCount="1" destinationEntity="Folder"
                        inverseName="items" inverseEntity="Folder"/>
                </entity>
                <entity name="Folder">
                    <relationship name="notes" optional="YES" toMany="YES" destinationEntity="Note"
                        inverseName="folder" inverseEntity="Note"/>
                </entity>""")
public final class RelationshipInverseMismatch extends RelationshipRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Relationship relationship) {
        ModelVersion version = context.version();
        String destination = relationship.destinationEntity();
        if (!relationship.hasInverse() || version.entity(destination).isEmpty()) {
            return;
        }
        String name = qualified(entity, relationship);
        Optional<Relationship> inverse = Mirror.inverseOf(version, relationship);
        if (inverse.isEmpty()) {
            context.report(entity, relationship, name + " names " + destination + "." + relationship.inverseName()
                    + " as its inverse, but " + destination + " has no such relationship; pick an existing"
                    + " relationship back to " + entity.name() + ".");
            return;
        }
        Relationship back = inverse.get();
        boolean pointsBack = relationship.name().equals(back.inverseName())
                && version.ancestry(entity).stream().anyMatch(e -> e.name().equals(back.destinationEntity()));
        if (!pointsBack) {
            String backTarget = back.hasInverse() ? back.destinationEntity() + "." + back.inverseName() : "nothing";
            context.report(entity, relationship, name + " names " + destination + "." + back.name() + " as its"
                    + " inverse, but that relationship's inverse is " + backTarget + "; make the two relationships"
                    + " name each other.");
        }
    }
}
