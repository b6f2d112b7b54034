package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.rules.RuleInfo;
import dev.cdlint.rules.Sources;

@RuleInfo(
        id = "schema-undeployed-asset-field",
        severity = Severity.WARNING,
        summary = "The _ckAsset companion of a String, Binary, URI or Transformable attribute is not in production",
        rationale = "A variable-length value that does not fit in the record (700,000 bytes in all) is saved in"
                + " CD_<name>_ckAsset instead. Development only gets that field when a large value is written or"
                + " initializeCloudKitSchema runs, so a schema seeded with small values deploys without it and the"
                + " first large value fails in production.",
        source = Sources.CLOUDKIT + "#asset-fields and " + Sources.CLOUDKIT + "#production-schema; " + Sources.SERIALIZER,
        runtimeError = Deployment.PRODUCTION_ERROR + ", for CD_<name>_ckAsset, on the first large value only",
        fix = "From a development build, " + Deployment.INITIALIZE_AND_DEPLOY + ".",
        example = "model: <attribute name=\"photo\" attributeType=\"Binary\"/>; production: CD_photo BYTES without"
                + " CD_photo_ckAsset ASSET")
public final class UndeployedAssetField implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            for (MirroredField field : type.expected().fields()) {
                if (field.kind() == FieldKind.ASSET_COMPANION && type.lacks(field.name())
                        && inlineFieldIsDeployed(type, field)) {
                    type.reportAt(context, field, "production record type " + type.expected().name() + " has "
                            + DeployedRecordType.inlineFieldOf(field.name()) + " but not its companion " + field.name() + " ASSET; the first"
                            + " value too large to store inline fails with \""
                            + Deployment.productionError(type.expected().name(), field.name()) + "\". To fix it, "
                            + Deployment.INITIALIZE_AND_DEPLOY + ".");
                }
            }
        }
    }

    /**
     * Only a correctly deployed inline field makes the companion worth a warning of its own: a missing one is
     * schema-undeployed-field's (whose fix deploys both), a mistyped one schema-field-type-mismatch's (whose fix is
     * a new attribute, with new fields).
     */
    private static boolean inlineFieldIsDeployed(DeployedRecordType type, MirroredField companion) {
        String inline = DeployedRecordType.inlineFieldOf(companion.name());
        return type.expected().field(inline).flatMap(expected -> type.deployed(expected)
                        .filter(deployed -> StoredTypes.same(expected.type(), deployed.type())))
                .isPresent();
    }
}
