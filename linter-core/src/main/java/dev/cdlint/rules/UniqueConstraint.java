package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import java.util.stream.Collectors;

@RuleInfo(
        id = "unique-constraint",
        severity = Severity.ERROR,
        summary = "An entity synced with CloudKit has uniqueness constraints",
        rationale = "CloudKit has no server-side uniqueness: two devices can create the same key offline and both"
                + " records sync, so the container refuses models with constraints rather than lose one of them.",
        source = Sources.CLOUDKIT + "#validator-unique-constraints; " + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration does not support unique constraints. The"
                + " following entities are constrained:",
        fix = "Remove the constraints in the entity's Data Model inspector (Constraints), and deduplicate in code"
                + " after import instead (TN3163 describes the pattern).",
        example = """
                <entity name="Tag">
                    <uniquenessConstraints>
                        <uniquenessConstraint><constraint value="name"/></uniquenessConstraint>
                    </uniquenessConstraints>
                </entity>""")
public final class UniqueConstraint implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        for (Entity entity : context.entities()) {
            if (!entity.uniquenessConstraints().isEmpty()) {
                String constraints = entity.uniquenessConstraints().stream()
                        .map(c -> "(" + String.join(", ", c.properties()) + ")")
                        .collect(Collectors.joining(", "));
                context.report(entity, entity.name() + " has uniqueness constraints " + constraints
                        + ", which CloudKit cannot enforce; remove them and deduplicate in code after import.");
            }
        }
    }
}
