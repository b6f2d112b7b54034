package dev.cdlint.evolution;

import dev.cdlint.diff.Deployment;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Creation;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
        id = "evolution-deploy-needed",
        severity = Severity.WARNING,
        summary = "Record types or fields are new since the deployed model and must reach production before release",
        rationale = "Core Data creates new record types and fields in the development environment only; production"
                + " rejects records of unknown types and values for unknown fields until the schema is deployed. One"
                + " finding per record type lists what is new. With a production schema, the schema-undeployed-*"
                + " rules report what it actually lacks instead.",
        source = Sources.CLOUDKIT + "#evolution-new (CKRecord docs: production rejects unknown record types and"
                + " keys; a real report, https://github.com/partout-io/passepartout/issues/483); " + Sources.TN3164
                + "; " + Evolution.DEPLOY_DOC,
        runtimeError = Deployment.PRODUCTION_ERROR + "; for a new record type, \"Cannot create new type CD_Y in"
                + " production schema\"",
        fix = "Before this version ships: " + Deployment.HOW_TO_DEPLOY + ". Older app versions ignore the new fields;"
                + " deploying them changes nothing for them.",
        example = "deployed: <entity name=\"Note\"><attribute name=\"title\" …/></entity>; now the same with"
                + " <attribute name=\"body\" attributeType=\"String\"/>")
public final class DeployNeeded implements ConfigurationRule {

    private static final Set<FieldKind> NEW_IN_MODEL = EnumSet.of(FieldKind.ATTRIBUTE, FieldKind.ASSET_COMPANION,
            FieldKind.RELATIONSHIP, FieldKind.MANY_TO_MANY);

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).filter(change -> change.production().isEmpty()).ifPresent(DeployNeeded::check);
    }

    private static void check(Change change) {
        for (MirroredRecordType type : change.context().mirror().recordTypes()) {
            Optional<MirroredRecordType> deployed = change.deployedRecordType(type.name());
            // A companion is new with its attribute; one whose attribute changed type is that change's finding.
            List<MirroredField> added = type.fields().stream()
                    .filter(f -> NEW_IN_MODEL.contains(f.kind()) && isNew(deployed, f.name())
                            && (f.kind() != FieldKind.ASSET_COMPANION || isNew(deployed, Mirror.inlineFieldOf(f.name()))))
                    .toList();
            if (deployed.isEmpty()) {
                report(change, type, "record type " + type.name() + owners(change.after(), type) + " is new since "
                        + change.deployedModel() + ", with " + list(added) + ". Production rejects its records"
                        + " with \"Cannot create new type " + type.name() + " in production schema\" until it is"
                        + " deployed.");
            } else if (!added.isEmpty()) {
                report(change, type, type.name() + " has " + (added.size() == 1 ? "a new field" : "new fields")
                        + " since " + change.deployedModel() + ": " + list(added) + ". Production rejects a record"
                        + " with a value for a field it lacks (\"" + Deployment.productionError(type.name(),
                        added.get(0).name()) + "\") until it is deployed.");
            }
        }
    }

    private static boolean isNew(Optional<MirroredRecordType> deployed, String field) {
        return deployed.flatMap(d -> d.field(field)).isEmpty();
    }

    private static void report(Change change, MirroredRecordType type, String what) {
        change.context().reportField(type.location(), type.rootEntity(), null, type.name(), null, what
                + " Before this version ships, " + Deployment.HOW_TO_DEPLOY + ". Older app versions ignore what is"
                + " new.");
    }

    private static String owners(ModelVersion version, MirroredRecordType type) {
        if (type.rootEntity() == null) {
            return " (many-to-many links)";
        }
        return version.entity(type.rootEntity())
                .map(root -> " (" + version.hierarchy(root).stream().map(e -> e.name())
                        .collect(Collectors.joining(", ")) + ")")
                .orElse("");
    }

    private static String list(List<MirroredField> fields) {
        if (fields.isEmpty()) {
            return "no fields of its own";
        }
        return fields.stream().map(f -> f.name() + " " + f.type()
                        + (f.creation() == Creation.LAZY ? " (written by initializeCloudKitSchema)" : ""))
                .collect(Collectors.joining(", "));
    }
}
