package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "inherited-field-type-conflict",
        severity = Severity.ERROR,
        summary = "Two entities of one hierarchy map a field name to different CloudKit types",
        rationale = "Every entity of an inheritance hierarchy is saved in the root's record type, so two"
                + " sub-entities with a property of the same name share one field; CloudKit fixes a field's type"
                + " with the first value saved, and the other entity's saves fail.",
        source = Sources.CLOUDKIT + "#record-types, " + Sources.CLOUDKIT + "#attribute-types and " + Sources.CLOUDKIT
                + "#production-schema (a field's type is fixed the first time a value is saved); Apple, \"Reading"
                + " CloudKit Records for Core Data\","
                + " https://developer.apple.com/documentation/coredata/reading-cloudkit-records-for-core-data",
        runtimeError = "No validator error (the model loads): CloudKit rejects the records whose value has the"
                + " other type as \"Invalid Arguments\" (12/2006), so those records never export.",
        fix = "Rename one of the two properties in the Data Model inspector (keeping the old name as its Renaming"
                + " ID), or give both the same type.",
        example = """
                <entity name="TextCard" parentEntity="Card">
                    <attribute name="value" optional="YES" attributeType="String"/>
                </entity>
                <entity name="NumberCard" parentEntity="Card">
                    <attribute name="value" optional="YES" attributeType="Integer 64" defaultValueString="0"/>
                </entity>""")
public final class InheritedFieldTypeConflict implements ConfigurationRule {

    /** Companions and system fields have one type whoever declares them; only the property fields can clash. */
    private static final Set<FieldKind> PROPERTY_FIELDS = EnumSet.of(FieldKind.ATTRIBUTE, FieldKind.RELATIONSHIP);

    @Override
    public void check(ConfigurationContext context) {
        for (MirroredRecordType recordType : context.mirror().recordTypes()) {
            Map<String, MirroredField> first = new LinkedHashMap<>();
            for (MirroredField field : recordType.declared()) {
                if (!PROPERTY_FIELDS.contains(field.kind())) {
                    continue;
                }
                MirroredField earlier = first.putIfAbsent(field.name(), field);
                if (earlier != null && !earlier.type().equals(field.type())) {
                    context.report(field.location(), field.entity(), field.property(), field.entity() + "."
                            + field.property() + " is stored in " + recordType.name() + "." + field.name() + " as "
                            + field.type().ckdb() + ", but " + earlier.entity() + "." + earlier.property()
                            + " already stores it as " + earlier.type().ckdb() + "; rename one of them or give"
                            + " both the same type.");
                }
            }
        }
    }
}
