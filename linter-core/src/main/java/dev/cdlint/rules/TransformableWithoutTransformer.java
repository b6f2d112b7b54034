package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;

/**
 * Only the missing name can be seen statically: whether a named transformer is registered and reversible, which
 * the validator checks, is only known when the app runs.
 */
@RuleInfo(
        id = "transformable-without-transformer",
        severity = Severity.WARNING,
        summary = "A synced Transformable attribute names no value transformer",
        rationale = "Without a name Core Data falls back to the deprecated, insecure keyed-unarchiving transformer."
                + " The value is synced as BYTES, so every device, in every app version, must decode it the same"
                + " way: name a secure transformer so that the format is explicit and stays stable.",
        source = "cloudkit-mapping.md §2 (Transformable is encoded via its value transformer to BYTES) and §5"
                + " (runtime validator item 6); " + Sources.VALIDATOR,
        runtimeError = "Decoding failures on other devices once the fallback transformer changes or is removed; a"
                + " misnamed transformer fails at load: " + Sources.VALIDATOR_ERROR + "CloudKit integration requires"
                + " that the value transformers for transformable attributes are available via"
                + " +[NSValueTransformer valueTransformerForName:] and allow reverse transformation:",
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
