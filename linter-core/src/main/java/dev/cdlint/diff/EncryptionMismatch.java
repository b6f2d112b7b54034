package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.Field;

@RuleInfo(
        id = "schema-encryption-mismatch",
        severity = Severity.ERROR,
        summary = "The model encrypts a field that production stores in the clear, or the reverse",
        rationale = "allowsCloudEncryption makes the field ENCRYPTED <type>. Apple: attributes can't change their"
                + " encryption state after you promote them to production, and Core Data doesn't support encrypting"
                + " attributes that already exist in the CloudKit schema.",
        source = Sources.CLOUDKIT + "#encryption and " + Sources.CLOUDKIT + "#production-schema; Apple,"
                + " allowsCloudEncryption,"
                + " https://developer.apple.com/documentation/coredata/nsattributedescription/allowscloudencryption",
        runtimeError = Deployment.PRODUCTION_ERROR,
        fix = "Restore the attribute's \"Allows Cloud Encryption\" setting to what production has. To encrypt existing"
                + " data, add a new encrypted attribute, copy values into it and deploy it.",
        example = "model: <attribute name=\"note\" attributeType=\"String\" allowsCloudEncryption=\"YES\"/>;"
                + " production: CD_note STRING")
public final class EncryptionMismatch implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            for (MirroredField field : type.expected().declared()) {
                if (field.kind() == FieldKind.SYSTEM) {
                    continue;
                }
                // Fields whose stored type differs are schema-field-type-mismatch's: one finding per field.
                type.deployed(field)
                        .filter(deployed -> StoredTypes.same(field.type(), deployed.type())
                                && field.type().isEncrypted() != deployed.type().isEncrypted())
                        .ifPresent(deployed -> context.reportField(type.expected(), field, message(type, field, deployed)));
            }
        }
    }

    private static String message(DeployedRecordType type, MirroredField field, Field deployed) {
        String change = field.type().isEncrypted() ? "the model encrypts " + field.name()
                + " (allowsCloudEncryption) but production record type " + type.expected().name()
                + " stores it unencrypted as " + deployed.type()
                : "the model stores " + field.name() + " unencrypted but production record type "
                + type.expected().name() + " has it as " + deployed.type();
        return change + "; a field's encryption cannot change once deployed, so every save fails. Restore the"
                + " attribute's encryption setting, or add a new attribute.";
    }
}
