package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;
import java.util.Map;

/**
 * What can be known without running the app: Foundation's transformers by their constants' identifiers, which name
 * no registered transformer, and the two built-ins that cannot reverse. An app's own transformer names are left
 * alone: only the running app knows what it registers. The validator checks every Transformable attribute that
 * names a transformer (V:266-287), transient and ignored ones too.
 */
@RuleInfo(
        id = "value-transformer-not-found",
        severity = Severity.ERROR,
        summary = "A Transformable attribute names a value transformer that does not exist or cannot reverse",
        rationale = "The container looks the transformer up by name with +[NSValueTransformer"
                + " valueTransformerForName:] when the store loads and needs it to transform back. A constant's"
                + " identifier, such as NSSecureUnarchiveFromDataTransformerName, is not its value"
                + " (NSSecureUnarchiveFromData): no transformer is registered under it. NSIsNil and NSIsNotNil exist"
                + " but cannot transform back.",
        source = Sources.CLOUDKIT + "#validator-transformers; " + Sources.VALIDATOR + "; Apple, NSValueTransformerName,"
                + " https://developer.apple.com/documentation/foundation/nsvaluetransformername",
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration requires that the value transformers for"
                + " transformable attributes are available via +[NSValueTransformer valueTransformerForName:] and"
                + " allow reverse transformation: <Entity>: <attribute> - Cannot locate value transformer with name"
                + " '<name>' (or: Doesn't allow reverse transformation)",
        fix = "Set Transformer in the attribute's Data Model inspector to the transformer's registered name, such as"
                + " NSSecureUnarchiveFromData, or to the name your app registers its own reversible transformer"
                + " under.",
        example = """
                <attribute name="colour" optional="YES" attributeType="Transformable"
                    valueTransformerName="NSSecureUnarchiveFromDataTransformerName"/>""")
public final class ValueTransformerNotFound extends AttributeRule {

    /** Foundation's constants, Objective-C and Swift spellings, and the names they stand for. */
    private static final Map<String, String> CONSTANTS = Map.of(
            "NSSecureUnarchiveFromDataTransformerName", "NSSecureUnarchiveFromData",
            "secureUnarchiveFromDataTransformerName", "NSSecureUnarchiveFromData",
            "NSKeyedUnarchiveFromDataTransformerName", "NSKeyedUnarchiveFromData",
            "keyedUnarchiveFromDataTransformerName", "NSKeyedUnarchiveFromData",
            "NSUnarchiveFromDataTransformerName", "NSUnarchiveFromData",
            "unarchiveFromDataTransformerName", "NSUnarchiveFromData",
            "NSNegateBooleanTransformerName", "NSNegateBoolean",
            "negateBooleanTransformerName", "NSNegateBoolean");

    private static final Map<String, String> ONE_WAY = Map.of(
            "NSIsNil", "tells whether a value is nil",
            "NSIsNotNil", "tells whether a value is not nil");

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        String name = attribute.valueTransformerName();
        if (attribute.type() != AttributeType.TRANSFORMABLE || name == null) {
            return;
        }
        String value = CONSTANTS.get(name.strip());
        if (value != null) {
            context.report(entity, attribute, qualified(entity, attribute) + " names the transformer " + name
                    + ", a constant's identifier under which no transformer is registered; use its value, "
                    + value + ".");
        } else if (ONE_WAY.containsKey(name.strip())) {
            context.report(entity, attribute, qualified(entity, attribute) + " names the transformer " + name
                    + ", which only " + ONE_WAY.get(name.strip()) + " and cannot transform back; name a reversible"
                    + " transformer.");
        }
    }
}
