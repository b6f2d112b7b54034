package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Creation;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

@RuleInfo(
        id = "schema-undeployed-field",
        severity = Severity.ERROR,
        summary = "A field the model writes is not in the production schema",
        rationale = "Each mirrored attribute and to-one relationship is written as field CD_<name>, and"
                + " CD_entityName is written for every record. Production rejects a record that carries a value"
                + " for a field it does not have (a record that leaves it nil may still save); the usual cause is"
                + " an attribute added after the last deployment. Lazily created fields (asset companions,"
                + " move receipts) have their own warnings.",
        source = Sources.CLOUDKIT + "#attribute-types and " + Sources.CLOUDKIT + "#production-schema (production rejects"
                + " unknown keys; real report: https://github.com/partout-io/passepartout/issues/483); " + Sources.TN3164,
        runtimeError = Deployment.PRODUCTION_ERROR,
        fix = "In development, " + Deployment.HOW_TO_DEPLOY + ". Deploy before the app version that writes the field"
                + " ships.",
        example = "model: <attribute name=\"body\" attributeType=\"String\"/> in Note; production CD_Note without"
                + " CD_body")
public final class UndeployedField implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            if (!type.isEntityRecordType()) {
                continue; // CDMR's fields are schema-missing-cdmr's
            }
            for (MirroredField field : type.expected().fields()) {
                if (field.creation() == Creation.ALWAYS && field.kind() != FieldKind.SYSTEM
                        && type.lacks(field.name())) {
                    context.reportField(type.expected(), field, "field " + field.name() + " " + field.type() + " is not in"
                            + " production record type " + type.expected().name() + "; " + whichSavesFail(type, field)
                            + " with \""
                            + Deployment.productionError(type.expected().name(), field.name()) + "\". To deploy it, "
                            + Deployment.HOW_TO_DEPLOY + ".");
                }
            }
        }
    }

    /** Production rejects a record only when it carries a value for the field (docs/cloudkit.md#production-schema). */
    private static String whichSavesFail(DeployedRecordType type, MirroredField field) {
        String entity = type.expected().entityOf(field);
        return field.kind() == FieldKind.ENTITY_NAME ? "every save of " + entity + " objects fails"
                : "saving " + entity + " objects that have a value for " + (field.property() != null
                        ? field.property() : "it") + " fails";
    }
}
