package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.Schema;

@RuleInfo(
        id = "schema-undeployed-record-type",
        severity = Severity.ERROR,
        summary = "A record type the model needs is not in the production schema",
        rationale = "Every root entity is saved as record type CD_<Root>. Production rejects a record of an unknown"
                + " type, so no object of the hierarchy syncs until the type is deployed. Its fields are not reported"
                + " one by one: deploying the type brings them.",
        source = Sources.CLOUDKIT + "#record-types and " + Sources.CLOUDKIT + "#production-schema (production rejects"
                + " unknown record types); " + Sources.TN3164,
        runtimeError = "\"Cannot create new type CD_Y in production schema\" as CKError \"Invalid Arguments\""
                + " (12/2006), which stops the mirroring delegate: NSCocoaErrorDomain 134406 (TN3164)",
        fix = "In development, " + Deployment.HOW_TO_DEPLOY + ".",
        example = "model: <entity name=\"Note\">…</entity>; production .ckdb without RECORD TYPE CD_Note")
public final class UndeployedRecordType implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        context.production().ifPresent(production -> check(context, production));
    }

    private static void check(ConfigurationContext context, Schema production) {
        for (MirroredRecordType type : context.mirror().recordTypes()) {
            // CDMR is schema-missing-cdmr's: it belongs to no entity and has its own explanation.
            if (type.rootEntity() != null && production.recordType(type.name()).isEmpty()) {
                DeployedRecordType.reportAtRecordType(context, type, null, "record type " + type.name()
                        + " (entity " + type.rootEntity() + " and its sub-entities) is not in the production schema;"
                        + " production rejects its records with \"Cannot create new type " + type.name()
                        + " in production schema\". To deploy it, " + Deployment.HOW_TO_DEPLOY + ".");
            }
        }
    }
}
