package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.Field;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "schema-orphaned-field",
        severity = Severity.INFO,
        summary = "Production has a CD_ field in the model's record type that no entity of the model writes any more",
        rationale = "Field names come from the attribute's name, never its renamingIdentifier, so renaming or"
                + " deleting an attribute leaves the old field in production forever, and app versions still in use"
                + " keep writing it while this version ignores it. Only fields no entity of the whole model version"
                + " writes are reported: the production schema is shared by every configuration of the container.",
        source = Sources.CLOUDKIT + "#attribute-types (the field name is the attribute name) and " + Sources.CLOUDKIT
                + "#production-schema (fields are never deleted)",
        runtimeError = "None: values older app versions write to the old field are silently ignored by this version",
        fix = "If the attribute was renamed, keep the old attribute (or write both) while older app versions are in"
                + " use; if it was removed on purpose, suppress this finding.",
        example = "model: Note has body2; production: CD_Note ( CD_body STRING, … )")
public final class OrphanedField implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        List<DeployedRecordType> deployed = DeployedRecordType.in(context);
        if (deployed.isEmpty()) {
            return;
        }
        // Mirrored once per check rather than once per record type, which made a large model against a large schema
        // quadratic.
        MirroredSchema wholeModel = Mirror.wholeModel(context.version(), context.scope());
        for (DeployedRecordType type : deployed) {
            if (!type.isEntityRecordType()) {
                continue;
            }
            MirroredRecordType everyWriter = wholeModel.recordType(type.expected().name()).orElseThrow();
            for (Field field : type.production().fields()) {
                if (isOrphan(field.name(), everyWriter) && !isCompanionOfOrphan(field.name(), type, everyWriter)) {
                    type.reportAtRecordType(context, field.name(), "production record type "
                            + type.expected().name() + " has " + field.name() + " " + field.type() + ", which no"
                            + " entity of this model writes (renamed or removed?); older app versions may still"
                            + " write it, and this version ignores their values.");
                }
            }
        }
    }

    private static boolean isOrphan(String fieldName, MirroredRecordType everyWriter) {
        return fieldName.startsWith(Mirror.PREFIX) && everyWriter.field(fieldName).isEmpty();
    }

    /** {@code CD_old_ckAsset} is reported with {@code CD_old}: one finding per removed attribute. */
    private static boolean isCompanionOfOrphan(String fieldName, DeployedRecordType type,
            MirroredRecordType everyWriter) {
        return Optional.of(fieldName)
                .filter(name -> name.endsWith(Mirror.ASSET_SUFFIX))
                .map(Mirror::inlineFieldOf)
                .filter(inline -> !type.lacks(inline) && isOrphan(inline, everyWriter))
                .isPresent();
    }
}
