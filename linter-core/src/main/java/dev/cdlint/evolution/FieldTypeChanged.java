package dev.cdlint.evolution;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.diff.Deployment;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldChange;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;

@RuleInfo(
        id = "evolution-field-type-changed",
        severity = Severity.ERROR,
        summary = "A field CloudKit already has changes its CloudKit type since the deployed model",
        rationale = "A field's type is fixed the first time a value is saved, and production fields can be neither"
                + " changed nor deleted. An attribute whose type change moves it to another CloudKit type (Integer"
                + " to String, Binary to String, Date to Double, a to-one relationship to an Integer) cannot be saved"
                + " any more. A change within one CloudKit type (Integer 16 to Integer 64, Float to Double) is fine."
                + " With a production schema, schema-field-type-mismatch judges the field against it instead.",
        source = Sources.CLOUDKIT + "#evolution-type-change and " + Sources.CLOUDKIT + "#attribute-types (CKRecord"
                + " docs: a field's type is fixed); " + Sources.MODEL_DOC,
        runtimeError = Deployment.PRODUCTION_ERROR,
        fix = "Give the attribute its deployed type back. To store another type, add a new attribute with a new name"
                + " (a new field), copy the values into it in code, deploy it, and keep writing the old one while"
                + " older app versions are in use.",
        example = "deployed: <attribute name=\"rating\" attributeType=\"Integer 16\"/>; now: <attribute"
                + " name=\"rating\" attributeType=\"String\"/>")
public final class FieldTypeChanged implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).filter(change -> change.production().isEmpty()).ifPresent(FieldTypeChanged::check);
    }

    private static void check(Change change) {
        for (FieldChange field : change.fieldChanges()) {
            if (field.typeChanged()) {
                String recordType = field.type().name();
                String name = field.field().name();
                String was = field.deployed().withoutEncryption().toString();
                change.context().reportField(field.type(), field.field(), "field " + name + " of " + recordType
                        + " was " + was + " in " + change.deployedModel() + " and is "
                        + field.field().type().withoutEncryption() + " now. A deployed field keeps its first type:"
                        + " every save with a value for it fails with \"" + Deployment.productionError(recordType, name)
                        + "\", and older app versions keep writing " + was + " values that this version cannot read."
                        + " Keep the deployed type, or add a new attribute and copy the values.");
            }
        }
    }
}
