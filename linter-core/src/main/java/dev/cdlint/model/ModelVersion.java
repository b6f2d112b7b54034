package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a model: one {@code contents} file.
 *
 * @param name the version's name, the {@code .xcdatamodel} folder name without its extension
 * @param usedWithCloudKit the model-level "Used with CloudKit" flag, which is the Default configuration's
 * @param configurations the implicit Default configuration first, then the named ones in file order
 */
public record ModelVersion(
        String name,
        boolean usedWithCloudKit,
        List<Entity> entities,
        List<Configuration> configurations,
        List<CompositeDefinition> composites,
        SourceLocation location) {

    public ModelVersion {
        entities = List.copyOf(entities);
        configurations = List.copyOf(configurations);
        composites = List.copyOf(composites);
    }

    public Optional<Entity> entity(String entityName) {
        return entities.stream().filter(e -> e.name().equals(entityName)).findFirst();
    }

    public Optional<Configuration> configuration(String configurationName) {
        return configurations.stream().filter(c -> c.name().equals(configurationName)).findFirst();
    }

    public Optional<CompositeDefinition> composite(String compositeName) {
        return composites.stream().filter(c -> c.name().equals(compositeName)).findFirst();
    }

    /**
     * The entity followed by its ancestors up to the root. A parent that does not exist, or a cycle, ends the
     * chain: such a model cannot be mirrored, and a rule reports it, but reading it must not loop.
     */
    public List<Entity> ancestry(Entity entity) {
        Map<String, Entity> byName = byName();
        Set<String> seen = new LinkedHashSet<>();
        List<Entity> chain = new ArrayList<>();
        Entity current = entity;
        while (current != null && seen.add(current.name())) {
            chain.add(current);
            current = current.isRoot() ? null : byName.get(current.parentEntity());
        }
        return chain;
    }

    /** The root of the entity's inheritance hierarchy: the entity whose record type it shares. */
    public Entity root(Entity entity) {
        List<Entity> chain = ancestry(entity);
        return chain.get(chain.size() - 1);
    }

    /** The entity and every entity below it, in file order. */
    public List<Entity> hierarchy(Entity root) {
        return entities.stream().filter(e -> root(e).name().equals(root.name())).toList();
    }

    private Map<String, Entity> byName() {
        Map<String, Entity> byName = new LinkedHashMap<>();
        entities.forEach(e -> byName.putIfAbsent(e.name(), e));
        return byName;
    }
}
