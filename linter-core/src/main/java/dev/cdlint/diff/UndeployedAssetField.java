package dev.cdlint.diff;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.StoredTypes;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.schema.FieldType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One finding per record type, listing every missing companion. The configured severity (a warning by default)
 * applies when a Binary Data or Transformable attribute lacks its companion: images and files are often large. A
 * record type whose missing companions are all Strings and URIs is an info, since a String goes to its asset only
 * when the record would pass about 700,000 bytes with it inline.
 */
@RuleInfo(
        id = "schema-undeployed-asset-field",
        severity = Severity.WARNING,
        summary = "The _ckAsset companion of a String, Binary, URI or Transformable attribute is not in production",
        rationale = "A variable-length value that does not fit in the record (about 700,000 bytes in all) is saved"
                + " in CD_<name>_ckAsset instead. Development only gets that field when a large value is written or"
                + " initializeCloudKitSchema runs, so a schema seeded with small values deploys without it and the"
                + " first large value fails in production. Binary Data and Transformable values (images, files)"
                + " are often that large, so their missing companions are a warning; Strings and URIs almost never"
                + " are, so a record type missing only theirs is an info.",
        source = Sources.CLOUDKIT + "#asset-fields and " + Sources.CLOUDKIT + "#production-schema; " + Sources.SERIALIZER,
        runtimeError = Deployment.PRODUCTION_ERROR + ", for CD_<name>_ckAsset, on the first large value only",
        fix = "From a development build, " + Deployment.INITIALIZE_AND_DEPLOY + ".",
        example = "model: <attribute name=\"photo\" attributeType=\"Binary\"/>; production: CD_photo BYTES without"
                + " CD_photo_ckAsset ASSET")
public final class UndeployedAssetField implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            List<String> large = new ArrayList<>();
            List<String> small = new ArrayList<>();
            for (MirroredField field : type.expected().fields()) {
                if (field.kind() == FieldKind.ASSET_COMPANION && type.lacks(field.name())) {
                    // Binary Data and Transformable are BYTES inline, String and URI a STRING.
                    deployedInlineField(type, field).ifPresent(inline ->
                            (inline.type().withoutEncryption().kind() == Kind.BYTES ? large : small).add(field.name()));
                }
            }
            if (!large.isEmpty()) {
                List<String> missing = new ArrayList<>(large);
                missing.addAll(small);
                report(context, type, context.severity(), missing, "the first Binary Data or Transformable value"
                        + " too large to store inline (an image or a file often is) fails");
            } else if (!small.isEmpty()) {
                report(context, type, Severity.INFO, small, "a String or URI moves to its asset only when the"
                        + " record would pass about 700,000 bytes with it inline, so only saving such a large value"
                        + " fails");
            }
        }
    }

    private static void report(ConfigurationContext context, DeployedRecordType type, Severity severity,
            List<String> missing, String consequence) {
        String recordType = type.expected().name();
        String inline = missing.stream().map(Mirror::inlineFieldOf).collect(Collectors.joining(", "));
        context.reportField(type.expected().location(), type.expected().rootEntity(), null, recordType, null,
                severity, "production record type " + recordType + " has " + inline + " but not "
                        + (missing.size() == 1 ? "its asset companion " : "their asset companions ")
                        + String.join(", ", missing) + "; " + consequence + " with \""
                        + Deployment.productionError(recordType, missing.get(0)) + "\". To fix it, "
                        + Deployment.INITIALIZE_AND_DEPLOY + ".");
    }

    /**
     * Only a correctly deployed inline field makes the companion worth a finding of its own: a missing one is
     * schema-undeployed-field's (whose fix deploys both), a mistyped one schema-field-type-mismatch's (whose fix is
     * a new attribute, with new fields).
     */
    private static Optional<MirroredField> deployedInlineField(DeployedRecordType type, MirroredField companion) {
        return type.expected().field(Mirror.inlineFieldOf(companion.name())).filter(expected -> type
                .deployed(expected).filter(deployed -> StoredTypes.same(expected.type(), deployed.type())).isPresent());
    }
}
