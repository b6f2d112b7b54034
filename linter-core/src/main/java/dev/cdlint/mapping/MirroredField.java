package dev.cdlint.mapping;

import dev.cdlint.schema.FieldType;
import dev.cdlint.schema.IndexOption;
import dev.cdlint.source.SourceLocation;
import java.util.Set;

/**
 * A field the container creates, traced to the model element it comes from.
 *
 * @param entity the entity that declares the property (for system fields, the hierarchy's root); null for CDMR
 * @param property the attribute or relationship; null for fields that belong to the record type itself
 * @param uncertain the mapping is inferred, not verified on a device (composite attributes,
 *        docs/cloudkit.md#attribute-types)
 */
public record MirroredField(
        String name,
        FieldType type,
        Set<IndexOption> options,
        FieldKind kind,
        Creation creation,
        boolean uncertain,
        String entity,
        String property,
        SourceLocation location) {

    public MirroredField {
        options = Set.copyOf(options);
    }
}
