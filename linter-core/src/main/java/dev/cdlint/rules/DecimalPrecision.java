package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;

@RuleInfo(
        id = "decimal-precision",
        severity = Severity.INFO,
        summary = "A Decimal attribute is stored as a DOUBLE in CloudKit",
        rationale = "The serializer sends an NSDecimalNumber as an NSNumber and the field is a DOUBLE, so a value"
                + " such as 0.1 comes back from another device as the nearest binary fraction. Money and other"
                + " exact amounts drift.",
        source = Sources.CLOUDKIT + "#attribute-types (Decimal is stored as DOUBLE, by inference); " + Sources.SERIALIZER,
        runtimeError = "None: values silently lose precision when they come back from CloudKit.",
        fix = "Store exact amounts as an Integer 64 in the smallest unit (cents), or as a String, and convert in"
                + " code; or accept the rounding and turn this rule off.",
        example = """
                <attribute name="price" optional="YES" attributeType="Decimal"/>""")
public final class DecimalPrecision extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        if (attribute.type() == AttributeType.DECIMAL && Mirror.isMirrored(attribute)) {
            context.report(entity, attribute, qualified(entity, attribute) + " is a Decimal, which"
                    + " CloudKit stores as a DOUBLE and so rounds; store exact amounts as an Integer 64 of the"
                    + " smallest unit, or as a String.");
        }
    }
}
