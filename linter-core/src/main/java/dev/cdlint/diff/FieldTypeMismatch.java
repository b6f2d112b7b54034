package dev.cdlint.diff;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DeployedState;
import dev.cdlint.mapping.FieldChange;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;

@RuleInfo(
        id = "schema-field-type-mismatch",
        severity = Severity.ERROR,
        summary = "Production has the field with another type than the model writes",
        rationale = "A field's type is fixed the first time a value is saved, and production fields can be neither"
                + " changed nor deleted. Changing an attribute's type so that its CloudKit type changes (String to"
                + " Integer, Binary to String) makes every save of it fail. Int16 to Int64 or Float to Double keep"
                + " the CloudKit type and are fine. Encryption is compared by schema-encryption-mismatch.",
        source = Sources.CLOUDKIT + "#attribute-types and " + Sources.CLOUDKIT + "#production-schema (a field's type is"
                + " fixed; no modifying attributes after promotion)",
        runtimeError = Deployment.PRODUCTION_ERROR,
        fix = "Keep the attribute's old type. To store another type, add a new attribute with a new name (it becomes a"
                + " new field), migrate values into it, deploy it, and stop using the old one.",
        example = "model: <attribute name=\"rating\" attributeType=\"String\"/>; production: CD_rating INT64")
public final class FieldTypeMismatch implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        context.production().map(DeployedState::of).ifPresent(production -> {
            for (FieldChange change : FieldChange.in(context.mirror(), production)) {
                if (change.typeChanged()) {
                    context.reportField(change.type(), change.field(), "the model writes " + change.field().name()
                            + " as " + change.field().type().withoutEncryption() + " but production record type "
                            + change.type().name() + " has it as " + change.deployed().withoutEncryption() + "; a"
                            + " deployed field's type never changes, so every save fails. Add a new attribute"
                            + " instead of changing this one's type.");
                }
            }
        });
    }
}
