package dev.cdlint.mapping;

import dev.cdlint.schema.Field;
import dev.cdlint.schema.NamedList;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/** The CloudKit schema that one configuration of a model produces in one database scope. */
public record MirroredSchema(String configuration, DatabaseScope scope, List<MirroredRecordType> recordTypes) {

    public MirroredSchema {
        recordTypes = NamedList.of(recordTypes, MirroredRecordType::name);
    }

    public Optional<MirroredRecordType> recordType(String name) {
        return ((NamedList<MirroredRecordType>) recordTypes).find(name);
    }

    /**
     * As a {@code .ckdb} schema, every field included, lazy ones too: what {@code initializeCloudKitSchema} makes.
     *
     * @throws InputException at the model element whose name no {@code .ckdb} can spell (a double quote or a line
     *     break, which end a quoted identifier); the model editor never writes one, {@code check} reports it
     */
    public Schema toSchema() {
        for (MirroredRecordType recordType : recordTypes) {
            requireSpellable(recordType.name(), "record type", recordType.location());
            recordType.fields().forEach(f -> requireSpellable(f.name(), "field", f.location()));
        }
        return new Schema(List.of(), recordTypes.stream()
                .map(t -> new RecordType(t.name(),
                        t.fields().stream().map(f -> new Field(f.name(), f.type(), f.options(), f.location())).toList(),
                        t.grants(), t.location()))
                .toList());
    }

    private static void requireSpellable(String name, String what, SourceLocation location) {
        if (name.chars().anyMatch(c -> c == '"' || c == '\n' || c == '\r')) {
            throw new InputException(location, "cannot write the schema: the " + what + " name "
                    + name.replace("\r", "\\r").replace("\n", "\\n") + " holds a double quote or a line break,"
                    + " which no .ckdb file can spell (and CloudKit accepts no such name); rename the element"
                    + " (rule name-unsupported-character)");
        }
    }
}
