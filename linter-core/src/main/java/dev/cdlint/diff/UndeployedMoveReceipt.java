package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For an app that does not share, one finding per production schema at the rule's severity, an info by default: a
 * schema without the move receipts is the rule rather than the exception, and matters only once the app shares.
 * For an app that shares (a configuration in the shared scope, or {@code sharing: true}), one finding per record
 * type, at least a warning.
 */
@RuleInfo(
        id = "schema-undeployed-move-receipt",
        severity = Severity.INFO,
        summary = "CD_moveReceipt or its _ckAsset is not in production, so moving shared objects fails",
        rationale = "When sharing moves an object between zones, the container writes CD_moveReceipt BYTES (and"
                + " CD_moveReceipt_ckAsset ASSET when large) on every record type. Ordinary use in development never"
                + " creates them; only initializeCloudKitSchema or an actual share does, so most production schemas"
                + " lack them. That breaks only apps that share: a single info per schema by default, and a warning"
                + " (or the configured severity, if higher) per record type when a configuration syncs to the shared"
                + " database or .cdlint.yml says sharing: true. Not checked for the public database, which has no"
                + " zones to move between.",
        source = Sources.CLOUDKIT + "#system-fields (CD_moveReceipt) and " + Sources.CLOUDKIT + "#production-schema; "
                + Sources.SERIALIZER,
        runtimeError = "\"Cannot create or modify field 'CD_moveReceipt' in record 'CD_Y' in production schema\""
                + " (CKError 12/2006 inside NSCocoaErrorDomain 134406, TN3164) after the first share(_:to:)",
        fix = "From a development build, " + Deployment.INITIALIZE_AND_DEPLOY + ". If the app does not share,"
                + " nothing is needed until it does.",
        example = "production: RECORD TYPE CD_Note ( CD_entityName STRING, … ) without CD_moveReceipt")
public final class UndeployedMoveReceipt implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        if (context.scope() == DatabaseScope.PUBLIC) {
            return;
        }
        if (context.sharing()) {
            for (DeployedRecordType type : DeployedRecordType.in(context)) {
                List<String> missing = missing(type);
                // One finding per record type: the fields belong to the record type, not to a property.
                if (!missing.isEmpty()) {
                    type.reportAtRecordType(context, missing.get(0), atLeastAWarning(context), "production record"
                            + " type " + type.expected().name() + " lacks " + String.join(" and ", missing) + "; moving a shared "
                            + type.expected().rootEntity() + " between zones fails with \""
                            + Deployment.productionError(type.expected().name(), missing.get(0)) + "\". To fix it, "
                            + Deployment.INITIALIZE_AND_DEPLOY + ".");
                }
            }
        } else if (isFirstZonedConfiguration(context)) {
            reportOncePerSchema(context);
        }
    }

    /** The info of an app that does not share, for the record types of every configuration the schema serves. */
    private static void reportOncePerSchema(ConfigurationContext context) {
        Set<String> lacking = new LinkedHashSet<>();
        context.production().ifPresent(schema -> context.containerMirrors().stream()
                .filter(mirror -> mirror.scope() != DatabaseScope.PUBLIC)
                .flatMap(mirror -> DeployedRecordType.pairs(mirror, schema).stream())
                .filter(type -> !missing(type).isEmpty())
                .forEach(type -> lacking.add(type.expected().name())));
        if (!lacking.isEmpty()) {
            context.reportField(context.version().location(), null, null, null, Mirror.MOVE_RECEIPT_FIELD,
                    "the production schema lacks " + Mirror.MOVE_RECEIPT_FIELD + " on "
                            + (lacking.size() == 1 ? "record type " : lacking.size() + " record types (")
                            + String.join(", ", lacking) + (lacking.size() == 1 ? "" : ")") + ", as most do; it"
                            + " matters only if the app shares records, whose first move between zones then fails."
                            + " If it does, say sharing: true in .cdlint.yml, and " + Deployment.INITIALIZE_AND_DEPLOY
                            + ".");
        }
    }

    /** An app that shares needs the receipts: whatever the rule's severity, its findings are at least warnings. */
    private static Severity atLeastAWarning(ConfigurationContext context) {
        return context.severity().atLeast(Severity.WARNING) ? context.severity() : Severity.WARNING;
    }

    private static boolean isFirstZonedConfiguration(ConfigurationContext context) {
        return context.checkedConfigurations().stream()
                .filter(checked -> checked.scope() != DatabaseScope.PUBLIC)
                .findFirst()
                .filter(first -> first.configuration().equals(context.configuration()))
                .isPresent();
    }

    private static List<String> missing(DeployedRecordType type) {
        return type.expected().fields().stream()
                .filter(field -> field.kind() == FieldKind.MOVE_RECEIPT)
                .map(MirroredField::name)
                .filter(type::lacks)
                .toList();
    }
}
