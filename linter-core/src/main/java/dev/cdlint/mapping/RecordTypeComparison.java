package dev.cdlint.mapping;

import dev.cdlint.schema.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One record type the model writes next to what CloudKit has of it: each field with its {@link FieldStatus}, in the
 * model's order, then the fields only CloudKit has. The production schema rules and the evolution rules report the
 * same facts one finding at a time; this is the whole picture of one record type, for a report to draw.
 *
 * @param deployed whether CloudKit has the record type at all; when it does not, every field is undeployed
 */
public record RecordTypeComparison(String recordType, boolean deployed, List<ComparedField> fields) {

    public RecordTypeComparison {
        fields = List.copyOf(fields);
    }

    /**
     * Compares every record type of a configuration's mirror with what CloudKit has, by name.
     *
     * @param wholeModel the record types as every entity of the model writes them ({@link Mirror#wholeModel}): a
     *     field another configuration's entity writes is not orphaned
     */
    public static Map<String, RecordTypeComparison> of(MirroredSchema mirror, MirroredSchema wholeModel,
            DeployedState cloudKit) {
        Map<String, Map<String, FieldChange>> changes = new HashMap<>();
        for (FieldChange change : FieldChange.in(mirror, cloudKit)) {
            changes.computeIfAbsent(change.type().name(), t -> new HashMap<>())
                    .putIfAbsent(change.field().name(), change);
        }
        Map<String, RecordTypeComparison> comparisons = new HashMap<>();
        for (MirroredRecordType type : mirror.recordTypes()) {
            comparisons.put(type.name(), compare(type, wholeModel.recordType(type.name()).orElse(type), cloudKit,
                    changes.getOrDefault(type.name(), Map.of())));
        }
        return comparisons;
    }

    private static RecordTypeComparison compare(MirroredRecordType type, MirroredRecordType everyWriter,
            DeployedState cloudKit, Map<String, FieldChange> changes) {
        if (!cloudKit.hasRecordType(type.name())) {
            return new RecordTypeComparison(type.name(), false, type.fields().stream()
                    .map(f -> new ComparedField(f.name(), FieldStatus.UNDEPLOYED, f, null)).toList());
        }
        Map<String, FieldType> deployed = cloudKit.fields(type.name());
        List<ComparedField> fields = new ArrayList<>();
        for (MirroredField field : type.fields()) {
            FieldChange change = changes.get(field.name());
            FieldType stored = deployed.get(field.name());
            if (change != null) {
                fields.add(new ComparedField(field.name(), change.typeChanged() ? FieldStatus.TYPE_MISMATCHED
                        : FieldStatus.ENCRYPTION_MISMATCHED, field, change.deployed()));
            } else if (stored != null || field.kind() == FieldKind.SYSTEM) {
                // System fields are CloudKit's own: every record type it has has them, listed or not.
                fields.add(new ComparedField(field.name(), FieldStatus.DEPLOYED, field,
                        stored != null ? stored : field.type()));
            } else {
                fields.add(new ComparedField(field.name(), FieldStatus.UNDEPLOYED, field, null));
            }
        }
        deployed.forEach((name, stored) -> {
            if (name.startsWith(Mirror.PREFIX) && everyWriter.field(name).isEmpty()) {
                fields.add(new ComparedField(name, FieldStatus.ORPHANED, null, stored));
            }
        });
        return new RecordTypeComparison(type.name(), true, fields);
    }

    /** The fields of one status, in order. */
    public List<ComparedField> fields(FieldStatus status) {
        return fields.stream().filter(f -> f.status() == status).toList();
    }
}
