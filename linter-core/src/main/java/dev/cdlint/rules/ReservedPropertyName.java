package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Property;
import dev.cdlint.model.Relationship;
import java.util.Map;

/**
 * Transient and ignored properties are left alone: they are deliberately not synced, so neither the silent skip
 * nor the field collision can happen to them.
 */
@RuleInfo(
        id = "reserved-property-name",
        severity = Severity.ERROR,
        summary = "A property uses a name the CloudKit mirror reserves",
        rationale = "The serializer never syncs attributes named ckRecordID or ckRecordSystemFields (its own legacy"
                + " metadata names), so their values silently stay on one device; entityName and moveReceipt map to"
                + " CD_entityName and CD_moveReceipt, which every record type already has for the container's own"
                + " use.",
        source = Sources.CLOUDKIT + "#never-mirrored and " + Sources.CLOUDKIT + "#system-fields; " + Sources.SERIALIZER,
        runtimeError = "ckRecordID/ckRecordSystemFields: none, the values silently never sync. entityName/"
                + "moveReceipt: the container's own field values are overwritten or the save fails with a field type"
                + " conflict (CloudKit \"Invalid Arguments\").",
        fix = "Rename the property in the Data Model inspector (set the old name as its Renaming ID so that local"
                + " migration keeps the data).",
        example = """
                <attribute name="entityName" optional="YES" attributeType="String"/>""")
public final class ReservedPropertyName implements ConfigurationRule {

    private static final Map<String, String> WHY = Map.of(
            "ckRecordID", "the mirror never syncs it, so its values silently stay on one device",
            "ckRecordSystemFields", "the mirror never syncs it, so its values silently stay on one device",
            "entityName", "its field would collide with " + Mirror.ENTITY_NAME_FIELD + ", which the mirror writes"
                    + " on every record",
            "moveReceipt", "its field would collide with " + Mirror.MOVE_RECEIPT_FIELD + ", which the mirror writes"
                    + " when sharing moves a record");

    @Override
    public void check(ConfigurationContext context) {
        context.forEachProperty((declared, entity, property) -> {
            String why = WHY.get(property.name());
            if (why != null && meantToSync(property)) {
                declared.report(entity, property, qualified(entity, property) + " uses a reserved name: " + why
                        + "; rename it.");
            }
        });
    }

    private static boolean meantToSync(Property property) {
        boolean isTransient = property instanceof Attribute a ? a.isTransient()
                : ((Relationship) property).isTransient();
        return !isTransient && !Mirror.isIgnored(property);
    }
}
