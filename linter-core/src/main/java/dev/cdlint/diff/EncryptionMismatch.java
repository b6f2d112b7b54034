package dev.cdlint.diff;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DeployedState;
import dev.cdlint.mapping.FieldChange;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;

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
        context.production().map(DeployedState::of).ifPresent(production -> {
            for (FieldChange change : FieldChange.in(context.mirror(), production)) {
                if (change.encryptionChanged()) {
                    context.reportField(change.type(), change.field(), message(change));
                }
            }
        });
    }

    private static String message(FieldChange change) {
        String field = change.field().name();
        String recordType = change.type().name();
        String differs = change.field().type().isEncrypted() ? "the model encrypts " + field
                + " (allowsCloudEncryption) but production record type " + recordType + " stores it unencrypted as "
                + change.deployed()
                : "the model stores " + field + " unencrypted but production record type " + recordType
                + " has it as " + change.deployed();
        return differs + "; a field's encryption cannot change once deployed, so every save fails. Restore the"
                + " attribute's encryption setting, or add a new attribute.";
    }
}
