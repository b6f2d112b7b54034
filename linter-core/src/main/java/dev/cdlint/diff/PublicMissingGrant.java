package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.Permission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
        id = "schema-public-missing-grant",
        severity = Severity.WARNING,
        summary = "A public-database record type grants nobody the right to create, read or write its records",
        rationale = "\"Unless your schema explicitly grants permissions, a type has no security privileges available"
                + " in the PUBLIC database.\" The container needs CREATE (to insert), READ (to import) and WRITE (to"
                + " update); the defaults are GRANT WRITE TO \"_creator\", GRANT CREATE TO \"_icloud\", GRANT READ"
                + " TO \"_world\".",
        source = Sources.CLOUDKIT + "#public-database (permissions; CloudKit Schema Language grammar)",
        runtimeError = "CKError \"Permission Failure\" (10) on save or query, so objects neither upload nor import",
        fix = "In CloudKit Console, Security Roles: grant Create to Authenticated (_icloud), Read to World (_world)"
                + " and Write to Creator (_creator) for the record type, then \"Deploy Schema Changes\".",
        example = "production: RECORD TYPE CD_Post ( CD_title STRING, … ) with no GRANT lines, in a public store")
public final class PublicMissingGrant implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        if (context.scope() != DatabaseScope.PUBLIC) {
            return;
        }
        for (DeployedRecordType type : DeployedRecordType.in(context)) {
            Set<Permission> missing = EnumSet.allOf(Permission.class);
            type.production().permissionsByRole().values().forEach(missing::removeAll);
            if (!missing.isEmpty()) {
                String how = type.production().grants().isEmpty() ? "has no GRANTs" : "grants nobody " + missing;
                type.reportAtRecordType(context, null, "public record type " + type.expected().name() + " " + how
                        + ", so nobody can " + verbs(missing) + " its records. Grant CREATE to \"_icloud\", READ to"
                        + " \"_world\" and WRITE to \"_creator\" in CloudKit Console and deploy.");
            }
        }
    }

    private static String verbs(Set<Permission> missing) {
        return String.join(" or ", missing.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }
}
