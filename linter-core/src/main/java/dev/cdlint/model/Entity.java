package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An entity as declared in the file: its own properties only. What it inherits is found through
 * {@link ModelVersion#ancestry(Entity)}.
 *
 * @param parentEntity null for a root entity
 * @param renamingIdentifier Xcode's "Renaming ID" ({@code elementID}); null when unset
 */
public record Entity(
        String name,
        String parentEntity,
        boolean isAbstract,
        List<Attribute> attributes,
        List<Relationship> relationships,
        List<FetchedProperty> fetchedProperties,
        List<UniquenessConstraint> uniquenessConstraints,
        List<FetchIndex> fetchIndexes,
        Map<String, String> userInfo,
        String renamingIdentifier,
        SourceLocation location) {

    public Entity {
        attributes = List.copyOf(attributes);
        relationships = List.copyOf(relationships);
        fetchedProperties = List.copyOf(fetchedProperties);
        uniquenessConstraints = List.copyOf(uniquenessConstraints);
        fetchIndexes = List.copyOf(fetchIndexes);
        userInfo = Map.copyOf(userInfo);
    }

    public boolean isRoot() {
        return parentEntity == null || parentEntity.isEmpty();
    }

    /** Attributes, then relationships, in file order within each. */
    public Stream<Property> properties() {
        return Stream.concat(attributes.stream(), relationships.stream());
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<Relationship> relationship(String name) {
        return relationships.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
