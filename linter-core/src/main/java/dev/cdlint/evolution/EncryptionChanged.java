package dev.cdlint.evolution;

import dev.cdlint.diff.Deployment;
import dev.cdlint.diff.StoredTypes;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

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
        Evolution.forEachDeployedField(change, (type, field, old) -> {
            // A field whose stored type changes too is evolution-field-type-changed's: one finding each.
            if (StoredTypes.same(field.type(), old.type())
                    && old.type().isEncrypted() != field.type().isEncrypted()) {
                change.context().reportField(type, field, message(change, type, field));
            }
        });
    }

    private static String message(Change change, MirroredRecordType type, MirroredField field) {
        String now = field.type().isEncrypted() ? "encrypted now, and was stored in the clear" : "stored in the clear"
                + " now, and was encrypted";
        return "field " + field.name() + " of " + type.name() + " is " + now + " in " + change.deployedModel()
                + ". A field's encryption cannot change once deployed: every save with a value for it fails with \""
                + Deployment.productionError(type.name(), field.name()) + "\", and records already in CloudKit and"
                + " older app versions keep the old form. Restore the setting, or add a new attribute and copy the"
                + " values.";
    }
}
