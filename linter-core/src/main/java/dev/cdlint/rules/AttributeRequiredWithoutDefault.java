package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;

/**
 * Every attribute counts, transient and ignored ones too: the validator enumerates {@code attributesByName}, which
 * holds them, and checks optionality before anything else. The serializer's "never mirrored" list
 * (docs/cloudkit.md#never-mirrored) is about what is sent, not about what is validated.
 */
@RuleInfo(
        id = "attribute-required-without-default",
        severity = Severity.ERROR,
        summary = "A non-optional attribute has no default value",
        rationale = "Records arrive field by field and relationship changes are not atomic, so an object may be"
                + " materialised before all its values are known; the container therefore requires every attribute"
                + " to be optional or to have a default. The validator checks every attribute, transient and"
                + " ignored ones included.",
        source = Sources.CLOUDKIT + "#validator-optional-attributes (momc reports it too); " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that all attributes be optional, or"
                + " have a default value set. The following attributes are marked non-optional but do not have a"
                + " default value:",
        fix = "Tick Optional in the attribute's Data Model inspector, or give it a Default Value.",
        example = """
                <attribute name="title" attributeType="String"/>""")
public final class AttributeRequiredWithoutDefault extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        if (!attribute.optional() && !attribute.hasDefaultValue()) {
            context.report(entity, attribute, qualified(entity, attribute) + " is required but has no"
                    + " default value; make it optional or give it a default value.");
        }
    }
}
