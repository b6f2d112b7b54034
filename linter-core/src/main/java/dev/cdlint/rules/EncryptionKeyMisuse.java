package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/**
 * The validator rejects the key wherever it is merely present (V:218, V:410), whatever its value, except on an
 * attribute, where it is the legacy way to encrypt and conflicts only with {@code allowsCloudEncryption} (V:332).
 * An entity's User Info is its own, not inherited, so only members are checked for it.
 */
@RuleInfo(
        id = "encryption-key-misuse",
        severity = Severity.ERROR,
        summary = "The legacy encryption key is on an entity, a relationship, or an attribute that also sets"
                + " allowsCloudEncryption",
        rationale = "NSPersistentCloudKitContainerEncryptedAttributeKey in an attribute's User Info is the legacy way"
                + " to encrypt its CloudKit field; the validator accepts it there, and its boolValue decides whether"
                + " the field is ENCRYPTED. On an entity or a relationship it means nothing the container can honour,"
                + " and on an attribute that also ticks Allows Cloud Encryption the two settings compete, so the"
                + " store refuses to load in each of these cases.",
        source = Sources.CLOUDKIT + "#encryption and " + Sources.CLOUDKIT + "#validator-encryption-key; "
                + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "The following entities have invalid values: <Entity>:"
                + " NSPersistentCloudKitContainerEncryptedAttributeKey cannot be applied to an entity type; or"
                + " CloudKit integration does not support encrypted relationships. The following entities and"
                + " relationships are marked with 'NSPersistentCloudKitContainerEncryptedAttributeKey':; or The"
                + " following attributes have invalid values: <Entity>:<attribute> - Encryption value should be set"
                + " via -[NSAttributeDescription allowsCloudEncryption], please remove usage of"
                + " 'NSPersistentCloudKitContainerEncryptedAttributeKey'",
        fix = "Remove the NSPersistentCloudKitContainerEncryptedAttributeKey User Info entry. To encrypt an"
                + " attribute, tick Allows Cloud Encryption in its Data Model inspector instead, before its field"
                + " reaches production (encryption cannot change afterwards); relationships cannot be encrypted.",
        example = """
                <relationship name="owner" optional="YES" maxCount="1" destinationEntity="Person"
                    inverseName="notes" inverseEntity="Person">
                    <userInfo>
                        <entry key="NSPersistentCloudKitContainerEncryptedAttributeKey" value="YES"/>
                    </userInfo>
                </relationship>""")
public final class EncryptionKeyMisuse implements ConfigurationRule {

    private static final String KEY = Mirror.LEGACY_ENCRYPTION_KEY;

    @Override
    public void check(ConfigurationContext context) {
        for (Entity entity : context.entities()) {
            if (entity.userInfo().containsKey(KEY)) {
                context.report(entity, entity.name() + " carries " + KEY + ", which cannot be applied to an"
                        + " entity; remove it and tick Allows Cloud Encryption on the attributes to encrypt.");
            }
        }
        context.forEachProperty((declared, entity, property) -> {
            if (!property.userInfo().containsKey(KEY)) {
                return;
            }
            if (property instanceof Attribute attribute && attribute.allowsCloudEncryption()) {
                declared.report(entity, attribute, qualified(entity, attribute) + " sets both Allows Cloud"
                        + " Encryption and " + KEY + "; remove the User Info key, allowsCloudEncryption is the way"
                        + " to encrypt.");
            } else if (property instanceof Relationship relationship) {
                declared.report(entity, relationship, qualified(entity, relationship) + " carries " + KEY
                        + ", but relationships cannot be encrypted; remove it.");
            }
        });
    }
}
