package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;

/**
 * Advice, not a load error: the validator skips a Transformable whose transformer name is empty (V:266). Misnamed
 * transformers, which do fail the load, are {@link ValueTransformerNotFound}'s.
 */
@RuleInfo(
        id = "transformable-without-transformer",
        severity = Severity.INFO,
        summary = "A synced Transformable attribute names no value transformer",
        rationale = "The store loads and syncs: the CloudKit validator only checks transformers that are named."
                + " Without a name Core Data uses its default, keyed-unarchiving transformer, which Apple"
                + " deprecated as insecure and which logs a warning at run time; the value is synced as BYTES, so"
                + " every device and app version must decode it alike. Naming a secure transformer makes that"
                + " format explicit. Changing the transformer of an attribute already in use changes how existing"
                + " values decode, so decide before it ships.",
        source = Sources.CLOUDKIT + "#validator-transformers and " + Sources.CLOUDKIT + "#attribute-types; "
                + Sources.VALIDATOR,
        runtimeError = "Nothing at load; Core Data logs that the default unarchiving transformer is deprecated, and"
                + " values fail to decode on devices whose app version decodes them differently.",
        fix = "Set Transformer in the attribute's Data Model inspector to NSSecureUnarchiveFromData (or a"
                + " registered subclass that lists your classes), and set Custom Class.",
        example = """
                <attribute name="colour" optional="YES" attributeType="Transformable"/>""")
public final class TransformableWithoutTransformer extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        String transformer = attribute.valueTransformerName();
        if (attribute.type() == AttributeType.TRANSFORMABLE && Mirror.isMirrored(attribute)
                && (transformer == null || transformer.isBlank())) {
            context.report(entity, attribute, qualified(entity, attribute) + " is Transformable but names"
                    + " no value transformer; set one, such as NSSecureUnarchiveFromData, so that every device"
                    + " decodes the synced bytes alike.");
        }
    }
}
