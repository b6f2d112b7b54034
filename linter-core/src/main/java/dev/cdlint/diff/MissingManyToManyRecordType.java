package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.DeclaringEntity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "schema-missing-cdmr",
        severity = Severity.ERROR,
        summary = "The model has many-to-many relationships but production has no CDMR record type, or CDMR lacks"
                + " its fields",
        rationale = "The container stores each many-to-many link as a CDMR record with CD_entityNames,"
                + " CD_recordNames and CD_relationships (STRING). Neither endpoint record holds the link, so without"
                + " CDMR in production no many-to-many link syncs.",
        source = Sources.CLOUDKIT + "#relationships (many-to-many links live in CDMR) and " + Sources.CLOUDKIT
                + "#production-schema; " + Sources.SERIALIZER,
        runtimeError = "\"Cannot create new type CDMR in production schema\", or \"Cannot create or modify field"
                + " 'CD_relationships' in record 'CDMR' in production schema\" (CKError 12/2006 inside"
                + " NSCocoaErrorDomain 134406, TN3164)",
        fix = "In development, " + Deployment.HOW_TO_DEPLOY + ".",
        example = "model: Post.tags <<->> Tag.posts; production .ckdb without RECORD TYPE CDMR")
public final class MissingManyToManyRecordType implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Optional<MirroredRecordType> cdmr = context.mirror().recordType(Mirror.MANY_TO_MANY_RECORD_TYPE);
        if (context.production().isEmpty() || cdmr.isEmpty()) {
            return;
        }
        Schema production = context.production().get();
        Optional<RecordType> deployed = production.recordType(Mirror.MANY_TO_MANY_RECORD_TYPE);
        List<String> missing = cdmr.get().fields().stream()
                .filter(field -> field.kind() == FieldKind.MANY_TO_MANY)
                .map(MirroredField::name)
                .filter(name -> deployed.map(type -> !type.hasField(name)).orElse(true))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String problem = deployed.isEmpty() ? "production has no CDMR record type"
                : "production record type CDMR lacks " + String.join(", ", missing);
        // Once, at the first many-to-many relationship: CDMR is one record type shared by all of them.
        firstManyToMany(context).ifPresent(at -> context.reportField(at.relationship().location(),
                at.entity().name(), at.relationship().name(), Mirror.MANY_TO_MANY_RECORD_TYPE,
                deployed.isEmpty() ? null : missing.get(0), problem + ", where the container stores many-to-many"
                        + " links such as " + at.entity().name() + "." + at.relationship().name() + "; they do not"
                        + " sync until it is deployed. To deploy it, " + Deployment.HOW_TO_DEPLOY + "."));
    }

    private record Declared(Entity entity, Relationship relationship) {}

    private static Optional<Declared> firstManyToMany(ConfigurationContext context) {
        return context.declaringEntities().stream().map(DeclaringEntity::entity)
                .flatMap(entity -> entity.relationships().stream()
                        .filter(r -> Mirror.syncsAsManyToMany(context.version(), r))
                        .map(r -> new Declared(entity, r)))
                .findFirst();
    }
}
