package dev.cdlint.diff;

import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * A record type the configuration needs, paired with the production record type of the same name. Only record
 * types that production has are paired: a missing one is {@code schema-undeployed-record-type}'s finding alone,
 * since every field of it would be missing too. Production record types no entity maps to are never looked at:
 * other stores and apps may share the container (docs/ckdb.md#other-record-types).
 */
record DeployedRecordType(MirroredRecordType expected, RecordType production) {

    /** Every pair for the configuration; empty when no production schema was given, so rules do nothing. */
    static List<DeployedRecordType> in(ConfigurationContext context) {
        return context.production().map(schema -> pairs(context.mirror(), schema)).orElse(List.of());
    }

    /** The record types of {@code mirror} that production has, each with its production twin. */
    static List<DeployedRecordType> pairs(MirroredSchema mirror, Schema production) {
        return mirror.recordTypes().stream()
                .flatMap(expected -> production.recordType(expected.name())
                        .map(deployed -> new DeployedRecordType(expected, deployed)).stream())
                .toList();
    }

    /** An entity's record type, as opposed to {@code CDMR}, which belongs to no entity. */
    boolean isEntityRecordType() {
        return expected.rootEntity() != null;
    }

    Optional<Field> deployed(MirroredField field) {
        return production.field(field.name());
    }

    boolean lacks(String fieldName) {
        return !production.hasField(fieldName);
    }

    /** Reports at the root entity, for what concerns the record type as a whole. */
    void reportAtRecordType(ConfigurationContext context, String fieldName, String message) {
        reportAtRecordType(context, expected, fieldName, message);
    }

    void reportAtRecordType(ConfigurationContext context, String fieldName, Severity severity, String message) {
        context.reportField(expected.location(), expected.rootEntity(), null, expected.name(), fieldName, severity,
                message);
    }

    static void reportAtRecordType(ConfigurationContext context, MirroredRecordType type, String fieldName,
            String message) {
        context.reportField(type.location(), type.rootEntity(), null, type.name(), fieldName, message);
    }
}
