package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;

/**
 * Transient Undefined attributes are reported too: the validator's type switch runs over every attribute in
 * {@code attributesByName}, transient ones included, and Core Data only allows Undefined on transient attributes,
 * so those are the ones real models have.
 */
@RuleInfo(
        id = "attribute-unsupported-type",
        severity = Severity.ERROR,
        summary = "An attribute has a type CloudKit mirroring rejects (Undefined, Object ID) or an unknown one",
        rationale = "The container maps each attribute type to a CloudKit field type; Undefined and Object ID have"
                + " none, and the validator rejects them even on transient attributes. A type name cdlint does not"
                + " know cannot be checked and may be one the container rejects.",
        source = Sources.CLOUDKIT + "#attribute-types and " + Sources.CLOUDKIT + "#validator-attribute-types; "
                + Sources.MODEL_DOC + "; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "CloudKit integration does not support all attribute types. The"
                + " following entities have attributes of an unsupported type:",
        fix = "Change the attribute's Type in the Data Model inspector to a supported one (Transformable or Binary"
                + " Data for arbitrary objects, a URI or String for object IDs), or move it to an entity in a"
                + " configuration that is not synced.",
        example = """
                <attribute name="cachedImage" optional="YES" transient="YES" attributeType="Undefined"/>""")
public final class AttributeUnsupportedType extends AttributeRule {

    @Override
    void check(ConfigurationContext context, Entity entity, Attribute attribute) {
        String name = qualified(entity, attribute);
        if (attribute.type() == AttributeType.UNDEFINED || attribute.type() == AttributeType.OBJECT_ID) {
            context.report(entity, attribute, name + " has type " + attribute.type().xmlName() + ", which CloudKit"
                    + " mirroring rejects even for transient attributes; use a supported type or move it out of"
                    + " the synced configuration.");
        } else if (attribute.type() == AttributeType.UNKNOWN) {
            context.report(entity, attribute, name + " has type '" + attribute.typeName() + "', which cdlint does"
                    + " not know and so cannot check; use a standard Core Data attribute type.");
        }
    }
}
