package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;

/**
 * Encryption as the mirror decides it: {@code allowsCloudEncryption} or the legacy User Info key
 * (docs/cloudkit.md#encryption), and only for attributes that are synced at all.
 */
@RuleInfo(
        id = "public-encrypted-attribute",
        severity = Severity.ERROR,
        summary = "An attribute in a public-scope configuration is encrypted",
        rationale = "CloudKit does not allow encrypted values on records stored in the public database, so an"
                + " attribute marked for cloud encryption cannot be saved there.",
        source = Sources.CLOUDKIT + "#encryption and " + Sources.CLOUDKIT + "#public-database; Apple,"
                + " CKRecord.encryptedValues, https://developer.apple.com/documentation/cloudkit/ckrecord/encryptedvalues;"
                + " Apple, allowsCloudEncryption,"
                + " https://developer.apple.com/documentation/coredata/nsattributedescription/allowscloudencryption",
        runtimeError = "Exports of the records fail: CloudKit refuses encrypted fields on records in the public"
                + " database, so they never upload.",
        fix = "Untick Allows Cloud Encryption in the attribute's Data Model inspector (and remove any"
                + " NSPersistentCloudKitContainerEncryptedAttributeKey User Info entry), or move the attribute to"
                + " an entity in a private-scope configuration.",
        example = """
                <attribute name="secret" optional="YES" attributeType="String" allowsCloudEncryption="YES"/>""")
public final class PublicEncryptedAttribute extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        if (context.scope() == DatabaseScope.PUBLIC && Mirror.fieldsOf(context.version(), entity, attribute).stream()
                .anyMatch(field -> field.type().isEncrypted())) {
            context.report(entity, attribute, qualified(entity, attribute) + " is encrypted, which the"
                    + " public database does not allow; turn off cloud encryption or keep it in a private store.");
        }
    }
}
