package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.IndexOption;
import java.util.EnumSet;
import java.util.Set;

@RuleInfo(
        id = "schema-public-missing-index",
        severity = Severity.ERROR,
        summary = "A public-database record type lacks the ___modTime QUERYABLE SORTABLE or ___recordID QUERYABLE"
                + " index",
        rationale = "The public database has no change notifications, so the container polls each record type with"
                + " a query on modificationDate sorted ascending. CloudKit runs that query only with ___modTime"
                + " QUERYABLE SORTABLE and ___recordID QUERYABLE; without them nothing is ever imported.",
        source = Sources.CLOUDKIT + "#public-database (required indexes: WWDC20 10650; OpenCloudData"
                + " OCCloudKitCKQueryBackedImportWorkItem)",
        runtimeError = "The import query fails (CKError \"Invalid Arguments\" 12, \"Field '___modTime' is not marked"
                + " queryable\" / \"not marked sortable\"), so other devices never receive changes",
        fix = "In CloudKit Console, development environment, Indexes: add QUERYABLE and SORTABLE on modifiedAt"
                + " (___modTime) and QUERYABLE on recordName (___recordID) for the record type, then \"Deploy Schema"
                + " Changes\".",
        example = "production: RECORD TYPE CD_Post ( \"___modTime\" TIMESTAMP, \"___recordID\" REFERENCE, … ) in a"
                + " public store")
public final class PublicMissingIndex implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        if (context.scope() != DatabaseScope.PUBLIC) {
            return;
        }
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            // The mirror gives the system fields the indexes the polling query needs in this scope.
            for (MirroredField field : type.expected().fields()) {
                if (field.kind() != FieldKind.SYSTEM || field.options().isEmpty()) {
                    continue;
                }
                Set<IndexOption> missing = EnumSet.copyOf(field.options());
                type.deployed(field).map(Field::options).ifPresent(missing::removeAll);
                if (!missing.isEmpty()) {
                    String where = type.isEntityRecordType() ? "entity " + type.expected().rootEntity()
                            : "many-to-many links";
                    type.reportAtRecordType(context, field.name(), "public record type " + type.expected().name()
                            + " lacks the " + missing + " index on \"" + field.name() + "\", which the container's"
                            + " polling query needs; " + where + " never import on other devices. Add the index in"
                            + " CloudKit Console and deploy it.");
                }
            }
        }
    }
}
