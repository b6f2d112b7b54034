package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.rules.RuleInfo;
import dev.cdlint.rules.Sources;
import java.util.List;

@RuleInfo(
        id = "schema-undeployed-move-receipt",
        severity = Severity.WARNING,
        summary = "CD_moveReceipt or its _ckAsset is not in production, so moving shared objects fails",
        rationale = "When sharing moves an object between zones, the container writes CD_moveReceipt BYTES (and"
                + " CD_moveReceipt_ckAsset ASSET when large) on every record type. Ordinary use in development never"
                + " creates them; only initializeCloudKitSchema or an actual share does. Not checked for the public"
                + " database, which has no zones to move between.",
        source = Sources.CLOUDKIT + "#system-fields (CD_moveReceipt) and " + Sources.CLOUDKIT + "#production-schema; "
                + Sources.SERIALIZER,
        runtimeError = "\"Cannot create or modify field 'CD_moveReceipt' in record 'CD_Y' in production schema\""
                + " (CKError 12/2006 inside NSCocoaErrorDomain 134406, TN3164) after the first share(_:to:)",
        fix = "From a development build, " + Deployment.INITIALIZE_AND_DEPLOY + ".",
        example = "production: RECORD TYPE CD_Note ( CD_entityName STRING, … ) without CD_moveReceipt")
public final class UndeployedMoveReceipt implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        if (context.scope() == DatabaseScope.PUBLIC) {
            return;
        }
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            List<String> missing = type.expected().fields().stream()
                    .filter(field -> field.kind() == FieldKind.MOVE_RECEIPT)
                    .map(MirroredField::name)
                    .filter(type::lacks)
                    .toList();
            // One finding per record type: the fields belong to the record type, not to a property.
            if (!missing.isEmpty()) {
                type.reportAtRecordType(context, missing.get(0), "production record type "
                        + type.expected().name() + " lacks " + String.join(" and ", missing) + "; moving a shared "
                        + type.expected().rootEntity() + " between zones fails with \""
                        + Deployment.productionError(type.expected().name(), missing.get(0)) + "\". To fix it, "
                        + Deployment.INITIALIZE_AND_DEPLOY + ".");
            }
        }
    }
}
