package dev.cdlint.model.swift;

import java.util.List;

/**
 * A type named in code, {@code Item.self} in a schema or a models list, with the types it was written inside:
 * {@code Item} within {@code enum SchemaV2} means {@code SchemaV2.Item} when that exists.
 *
 * @param conformers the name is a generic parameter's constraint ({@code Row.self} in
 *     {@code func open<Row: CacheRow>}): it stands for every model class that conforms to it
 */
public record TypeReference(String name, List<String> context, boolean conformers) {

    public TypeReference {
        context = List.copyOf(context);
    }

    public TypeReference(String name, List<String> context) {
        this(name, context, false);
    }
}
