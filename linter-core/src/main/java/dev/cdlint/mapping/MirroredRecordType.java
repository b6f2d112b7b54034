package dev.cdlint.mapping;

import dev.cdlint.schema.Grant;
import dev.cdlint.schema.NamedList;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A record type the container creates: one per inheritance hierarchy, or {@code CDMR}.
 *
 * @param rootEntity the hierarchy's root entity; null for {@code CDMR}
 * @param fields the fields of the record type, one per name, in the order the model declares them
 * @param declared every field as each entity of the hierarchy declares it, so the same name may appear twice
 *     (two sub-entities with one property name): what inheritance conflicts are found in
 */
public record MirroredRecordType(
        String name,
        String rootEntity,
        List<MirroredField> fields,
        List<MirroredField> declared,
        List<Grant> grants,
        SourceLocation location) {

    public MirroredRecordType {
        fields = NamedList.of(fields, MirroredField::name);
        declared = List.copyOf(declared);
        grants = List.copyOf(grants);
    }

    /** The entity a field belongs to: its own, or the root entity for the record type's own fields. */
    public String entityOf(MirroredField field) {
        return field.entity() != null ? field.entity() : rootEntity;
    }

    public Optional<MirroredField> field(String fieldName) {
        return ((NamedList<MirroredField>) fields).find(fieldName);
    }
}
