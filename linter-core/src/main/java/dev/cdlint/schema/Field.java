package dev.cdlint.schema;

import dev.cdlint.source.SourceLocation;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A field of a record type: {@code name TYPE [QUERYABLE] [SEARCHABLE] [SORTABLE]}. The name is stored without the
 * quotes a file may put around it. {@link #options()} iterates in export order whatever order the input used.
 *
 * @param location where the field's name starts
 */
public record Field(String name, FieldType type, Set<IndexOption> options, SourceLocation location) {

    public Field {
        Names.requireValid(name, "field name");
        Objects.requireNonNull(type, "type");
        options = enumSetOf(IndexOption.class, options);
        Objects.requireNonNull(location, "location");
    }

    public boolean has(IndexOption option) {
        return options.contains(option);
    }

    /** Same name, type and options; where either was read from does not matter. */
    public boolean sameAs(Field other) {
        return name.equals(other.name) && type.equals(other.type) && options.equals(other.options);
    }

    /** An unmodifiable copy that iterates in declaration order, which for these enums is export order. */
    static <E extends Enum<E>> Set<E> enumSetOf(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(Objects.requireNonNull(values, type.getSimpleName()));
        return Collections.unmodifiableSet(copy);
    }
}
