package dev.cdlint.mapping;

import dev.cdlint.schema.FieldType;
import java.util.Objects;

/**
 * One field of a record type as the model and CloudKit each have it.
 *
 * @param name the field's name, such as {@code CD_title}
 * @param field the field as the model writes it; null for an {@link FieldStatus#ORPHANED orphaned} one
 * @param deployed the type CloudKit stores; null for an {@link FieldStatus#UNDEPLOYED undeployed} one
 */
public record ComparedField(String name, FieldStatus status, MirroredField field, FieldType deployed) {

    public ComparedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
