package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;

/**
 * The validator rejects any attribute whose {@code usesMergeableStorage} is set (V:358). No model written by Xcode
 * has been found with it (public models and Apple's documentation were searched; the property appears only in
 * Core Data's class interface), so the model XML attribute is read under Core Data's property name.
 */
@RuleInfo(
        id = "attribute-mergeable-storage",
        severity = Severity.ERROR,
        summary = "An attribute synced with CloudKit uses mergeable storage",
        rationale = "Core Data's mergeable storage (usesMergeableStorage) keeps a value that merges concurrent edits;"
                + " the CloudKit mirror cannot sync it, and the validator refuses to load the store. cdlint reads"
                + " usesMergeableStorage=\"YES\" on <attribute>: Core Data's property name, since how Xcode writes"
                + " it in the model file has not been seen in any public model.",
        source = Sources.CLOUDKIT + "#validator-mergeable-storage; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "The following attributes use mergeable storage with CloudKit which"
                + " is unsupported: Attributes that use mergeable storage (<Entity>: <attribute>) are unsupported in"
                + " CloudKit.",
        fix = "Turn mergeable storage off for the attribute, or move its entity to a configuration that is not"
                + " synced.",
        example = """
                <attribute name="body" optional="YES" attributeType="String" usesMergeableStorage="YES"/>""")
public final class AttributeMergeableStorage extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        if (attribute.usesMergeableStorage()) {
            context.report(entity, attribute, qualified(entity, attribute) + " uses mergeable storage, which"
                    + " CloudKit sync does not support; turn it off or keep the entity out of the synced"
                    + " configuration.");
        }
    }
}
