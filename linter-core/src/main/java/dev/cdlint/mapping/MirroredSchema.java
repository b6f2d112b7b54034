package dev.cdlint.mapping;

import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import java.util.List;
import java.util.Optional;

/** The CloudKit schema that one configuration of a model produces in one database scope. */
public record MirroredSchema(String configuration, DatabaseScope scope, List<MirroredRecordType> recordTypes) {

    public MirroredSchema {
        recordTypes = List.copyOf(recordTypes);
    }

    public Optional<MirroredRecordType> recordType(String name) {
        return recordTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** As a {@code .ckdb} schema, every field included, lazy ones too: what {@code initializeCloudKitSchema} makes. */
    public Schema toSchema() {
        return new Schema(List.of(), recordTypes.stream()
                .map(t -> new RecordType(t.name(),
                        t.fields().stream().map(f -> new Field(f.name(), f.type(), f.options(), f.location())).toList(),
                        t.grants(), t.location()))
                .toList());
    }
}
