package dev.cdlint.evolution;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.diff.Deployment;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldChange;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;

@RuleInfo(
        id = "evolution-encryption-changed",
        severity = Severity.ERROR,
        summary = "An attribute CloudKit already has turns its cloud encryption on or off",
        rationale = "allowsCloudEncryption stores the field as ENCRYPTED <type>. Apple: attributes can't change their"
                + " encryption state after you promote them to production; only use it with new attributes. With a"
                + " production schema, schema-encryption-mismatch judges the field against it instead.",
        source = Sources.CLOUDKIT + "#evolution-encryption and " + Sources.CLOUDKIT + "#encryption; Apple,"
                + " allowsCloudEncryption,"
                + " https://developer.apple.com/documentation/coredata/nsattributedescription/allowscloudencryption",
        runtimeError = Deployment.PRODUCTION_ERROR,
        fix = "Restore the attribute's \"Allows Cloud Encryption\" setting. To encrypt existing data, add a new"
                + " attribute with encryption on, copy the values into it in code and deploy it; keep writing the old"
                + " one while older app versions are in use.",
        example = "deployed: <attribute name=\"note\" attributeType=\"String\"/>; now: <attribute name=\"note\""
                + " attributeType=\"String\" allowsCloudEncryption=\"YES\"/>")
public final class EncryptionChanged implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).filter(change -> change.production().isEmpty()).ifPresent(EncryptionChanged::check);
    }

    private static void check(Change change) {
        for (FieldChange field : change.fieldChanges()) {
            if (field.encryptionChanged()) {
                change.context().reportField(field.type(), field.field(), message(change, field));
            }
        }
    }

    private static String message(Change change, FieldChange field) {
        String name = field.field().name();
        String recordType = field.type().name();
        String now = field.field().type().isEncrypted() ? "encrypted now, and was stored in the clear"
                : "stored in the clear now, and was encrypted";
        return "field " + name + " of " + recordType + " is " + now + " in " + change.deployedModel()
                + ". A field's encryption cannot change once deployed: every save with a value for it fails with \""
                + Deployment.productionError(recordType, name) + "\", and records already in CloudKit and"
                + " older app versions keep the old form. Restore the setting, or add a new attribute and copy the"
                + " values.";
    }
}
