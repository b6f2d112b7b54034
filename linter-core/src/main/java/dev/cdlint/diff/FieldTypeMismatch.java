package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

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
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            // declared, not fields: each sub-entity property that disagrees with production is one to change.
            for (MirroredField field : type.expected().declared()) {
                // Composite fields are BYTES by inference only (§2), too unsure to call an error.
                if (field.kind() == FieldKind.SYSTEM || field.uncertain()) {
                    continue;
                }
                type.deployed(field)
                        .filter(deployed -> !StoredTypes.same(field.type(), deployed.type()))
                        .ifPresent(deployed -> context.reportField(type.expected(), field, "the model writes " + field.name()
                                + " as " + field.type().withoutEncryption() + " but production record type "
                                + type.expected().name() + " has it as " + deployed.type().withoutEncryption()
                                + "; a deployed field's type never changes, so every save fails. Add a new"
                                + " attribute instead of changing this one's type."));
            }
        }
    }
}
