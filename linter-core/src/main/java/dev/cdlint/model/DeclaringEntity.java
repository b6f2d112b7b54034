package dev.cdlint.model;

import java.util.List;

/**
 * An entity whose declared properties the entities of a configuration have. Core Data's {@code attributesByName}
 * and {@code relationshipsByName} include inherited properties, so a configuration carries the properties of its
 * members and of every ancestor of a member, whether or not that ancestor is a member itself: the validator checks
 * them and the serializer writes them.
 *
 * @param entity the entity that declares the properties, where a finding about them belongs
 * @param heirs empty when {@code entity} is a member of the configuration; otherwise the members that inherit its
 *     properties without it being a member, which a finding names
 */
public record DeclaringEntity(Entity entity, List<Entity> heirs) {

    public DeclaringEntity {
        heirs = List.copyOf(heirs);
    }

    public boolean isMember() {
        return heirs.isEmpty();
    }
}
