package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a model: one {@code contents} file.
 *
 * <p>Immutable, like the rest of the domain model, but a class rather than a record: it keeps indexes derived
 * from its entities (by name, root, hierarchy), so that the lookups every rule and the mirror make stay
 * constant-time on models with thousands of entities instead of scanning the entity list each time.
 */
public final class ModelVersion {

    private final String name;
    private final boolean usedWithCloudKit;
    private final List<Entity> entities;
    private final List<Configuration> configurations;
    private final List<CompositeDefinition> composites;
    private final SourceLocation location;

    private final Map<String, Entity> entitiesByName = new HashMap<>();
    private final Map<String, List<Entity>> ancestries = new HashMap<>();
    private final Map<String, List<Entity>> hierarchies = new HashMap<>();
    /** Every entity of each name (a malformed model may repeat one), and each entity's place in the file. */
    private final Map<String, List<Entity>> entitiesNamed = new HashMap<>();
    private final Map<Entity, Integer> filePositions = new IdentityHashMap<>();

    /**
     * @param name the version's name, the {@code .xcdatamodel} folder name without its extension
     * @param usedWithCloudKit the model-level "Used with CloudKit" flag, which is the Default configuration's
     * @param configurations the implicit Default configuration first, then the named ones in file order
     */
    public ModelVersion(String name, boolean usedWithCloudKit, List<Entity> entities,
            List<Configuration> configurations, List<CompositeDefinition> composites, SourceLocation location) {
        this.name = name;
        this.usedWithCloudKit = usedWithCloudKit;
        this.entities = List.copyOf(entities);
        this.configurations = List.copyOf(configurations);
        this.composites = List.copyOf(composites);
        this.location = Objects.requireNonNull(location, "location");
        this.entities.forEach(e -> entitiesByName.putIfAbsent(e.name(), e));
        for (Entity entity : this.entities) {
            entitiesNamed.computeIfAbsent(entity.name(), n -> new ArrayList<>()).add(entity);
            filePositions.put(entity, filePositions.size());
        }
        for (Entity entity : this.entities) {
            List<Entity> chain = chainOf(entity);
            ancestries.put(entity.name(), chain);
            hierarchies.computeIfAbsent(chain.get(chain.size() - 1).name(), root -> new ArrayList<>()).add(entity);
        }
        hierarchies.replaceAll((root, members) -> List.copyOf(members));
    }

    public String name() {
        return name;
    }

    public boolean usedWithCloudKit() {
        return usedWithCloudKit;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Configuration> configurations() {
        return configurations;
    }

    public List<CompositeDefinition> composites() {
        return composites;
    }

    public SourceLocation location() {
        return location;
    }

    public Optional<Entity> entity(String entityName) {
        return Optional.ofNullable(entitiesByName.get(entityName));
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
        List<Entity> chain = ancestries.get(entity.name());
        return chain != null && chain.get(0) == entity ? chain : chainOf(entity);
    }

    /** The root of the entity's inheritance hierarchy: the entity whose record type it shares. */
    public Entity root(Entity entity) {
        List<Entity> chain = ancestry(entity);
        return chain.get(chain.size() - 1);
    }

    /** The entity and every entity below it, in file order. */
    public List<Entity> hierarchy(Entity root) {
        return hierarchies.getOrDefault(root(root).name(), List.of(root));
    }

    /**
     * The entities whose properties the configuration's entities carry, in file order of the members, an ancestor
     * outside the configuration just before its first heir (see {@link DeclaringEntity}).
     */
    public List<DeclaringEntity> declaringEntities(Configuration configuration) {
        List<Entity> order = new ArrayList<>();
        Map<String, List<Entity>> heirsOutside = new HashMap<>();
        for (Entity member : members(configuration)) {
            List<Entity> chain = ancestry(member);
            for (int i = chain.size() - 1; i > 0; i--) {
                Entity ancestor = chain.get(i);
                if (!configuration.contains(ancestor.name())) {
                    heirsOutside.computeIfAbsent(ancestor.name(), name -> {
                        order.add(ancestor);
                        return new ArrayList<>();
                    }).add(member);
                }
            }
            order.add(member);
        }
        return order.stream()
                .map(e -> new DeclaringEntity(e, heirsOutside.getOrDefault(e.name(), List.of())))
                .toList();
    }

    /**
     * The configuration's entities in file order, found from its member list rather than by asking every entity
     * of the model: a model with as many configurations as entities would otherwise be quadratic.
     */
    public List<Entity> members(Configuration configuration) {
        List<Entity> members = new ArrayList<>();
        for (String memberName : configuration.memberEntities()) {
            members.addAll(entitiesNamed.getOrDefault(memberName, List.of()));
        }
        members.sort(Comparator.comparing(filePositions::get));
        return members;
    }

    private List<Entity> chainOf(Entity entity) {
        Set<String> seen = new LinkedHashSet<>();
        List<Entity> chain = new ArrayList<>();
        Entity current = entity;
        while (current != null && seen.add(current.name())) {
            chain.add(current);
            current = current.isRoot() ? null : entitiesByName.get(current.parentEntity());
        }
        return List.copyOf(chain);
    }

    @Override
    public String toString() {
        return "ModelVersion[" + name + ", " + entities.size() + " entities, " + location + "]";
    }
}
