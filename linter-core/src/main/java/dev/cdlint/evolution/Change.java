package dev.cdlint.evolution;

import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DeployedSchema;
import dev.cdlint.mapping.DeployedState;
import dev.cdlint.mapping.FieldChange;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Property;
import dev.cdlint.model.Relationship;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One checked configuration of the current model next to what CloudKit has from the deployed model: what every
 * evolution rule compares. Entities and properties are matched by name; a renaming identifier links an element to
 * one of another name (docs/cloudkit.md#evolution-renames).
 */
final class Change {

    private final ConfigurationContext context;
    private final DeployedSchema deployed;

    private Change(ConfigurationContext context, DeployedSchema deployed) {
        this.context = context;
        this.deployed = deployed;
    }

    /** Empty when no deployed model was given: the evolution rules then do nothing. */
    static Optional<Change> of(ConfigurationContext context) {
        return context.deployed().map(deployed -> new Change(context, deployed));
    }

    ConfigurationContext context() {
        return context;
    }

    ModelVersion before() {
        return deployed.version();
    }

    ModelVersion after() {
        return context.version();
    }

    /** How messages name the deployed model: {@code the deployed model (origin/main)}. */
    String deployedModel() {
        return "the deployed model (" + deployed.model().label() + ")";
    }

    /**
     * The production schema, when given, is what CloudKit has for certain; the rules that compare what it can see
     * (new fields, type and encryption changes, removed fields) leave those to the schema diff rules then.
     */
    Optional<Schema> production() {
        return context.production();
    }

    Optional<MirroredRecordType> deployedRecordType(String name) {
        return deployed.recordType(name);
    }

    /** The fields whose type or encryption CloudKit has otherwise, according to the deployed model. */
    List<FieldChange> fieldChanges() {
        return FieldChange.in(context.mirror(), deployed);
    }

    /** What CloudKit has for certain: the production schema when given, else what the deployed model created. */
    private DeployedState cloudKit() {
        return production().map(DeployedState::of).orElse(deployed);
    }

    boolean cloudKitHas(String recordType) {
        return cloudKit().hasRecordType(recordType);
    }

    boolean cloudKitHas(String recordType, String field) {
        return cloudKit().hasField(recordType, field);
    }

    /** The deployed entity of that name, when the deployed model synced it. */
    Optional<Entity> deployedEntity(String name) {
        return deployed.syncedEntities().contains(name) ? before().entity(name) : Optional.empty();
    }

    /** The record type the deployed model saved the entity as. */
    String deployedRecordTypeOf(Entity deployedEntity) {
        return Mirror.recordTypeName(before(), deployedEntity);
    }

    /** The current container's record types: every checked configuration's, since they share one schema. */
    Map<String, MirroredRecordType> currentContainer() {
        return Mirror.container(context.containerMirrors());
    }

    /** The entities any checked configuration of the current model syncs. */
    Set<String> currentSyncedEntities() {
        Set<String> names = new HashSet<>();
        for (CheckedConfiguration checked : context.checkedConfigurations()) {
            names.addAll(checked.configuration().memberEntities());
        }
        return names;
    }

    /** The deployed entity the current one was before: of the same name, or renamed from through an identifier. */
    Optional<Entity> counterpart(Entity current) {
        return deployedEntity(current.name()).or(() -> renamedFrom(current));
    }

    /**
     * The deployed entity that the current one renames through its renaming identifier: one of another name whose
     * name or identifier is the current one's identifier, and whose name the current model no longer has.
     */
    Optional<Entity> renamedFrom(Entity current) {
        String id = current.renamingIdentifier();
        if (id == null) {
            return Optional.empty();
        }
        return before().entities().stream()
                .filter(old -> !old.name().equals(current.name()) && identifies(id, old.name(),
                        old.renamingIdentifier()) && after().entity(old.name()).isEmpty())
                .filter(old -> deployed.syncedEntities().contains(old.name()))
                .findFirst();
    }

    /** The same for a property of the entity, within its deployed counterpart. */
    Optional<Property> renamedFrom(Entity deployedEntity, Entity current, Property property) {
        String id = property.renamingIdentifier();
        if (id == null) {
            return Optional.empty();
        }
        return deployedEntity.properties()
                .filter(old -> old.getClass() == property.getClass() && !old.name().equals(property.name())
                        && identifies(id, old.name(), old.renamingIdentifier())
                        && property(current, old.name()).isEmpty())
                .findFirst();
    }

    /** Whether a current entity renames the deployed one through an identifier. */
    boolean isRenamedAway(Entity deployedEntity) {
        return after().entities().stream()
                .anyMatch(e -> renamedFrom(e).filter(old -> old == deployedEntity).isPresent());
    }

    /** The deployed property's current name, renamed through an identifier or probably renamed without one. */
    boolean isRenamedAway(Entity deployedEntity, Entity current, Property deployedProperty) {
        return current.properties().anyMatch(p -> renamedFrom(deployedEntity, current, p)
                        .filter(old -> old == deployedProperty).isPresent())
                || probableRenames(deployedEntity, current).containsKey(deployedProperty);
    }

    /**
     * Renames without an identifier, as far as one change shows them: per kind of property (attribute type, or
     * relationship destination and cardinality), exactly one synced property gone and one new. Anything less
     * clear-cut is left to the removal and new-field findings. Keyed by the deployed property.
     */
    Map<Property, Property> probableRenames(Entity deployedEntity, Entity current) {
        Map<String, List<Property>> gone = new LinkedHashMap<>();
        Map<String, List<Property>> added = new LinkedHashMap<>();
        deployedEntity.properties()
                .filter(old -> isSynced(before(), old) && property(current, old.name()).isEmpty()
                        && current.properties().noneMatch(p -> renamedFrom(deployedEntity, current, p)
                                .filter(o -> o == old).isPresent()))
                .forEach(old -> gone.computeIfAbsent(kind(old), k -> new ArrayList<>()).add(old));
        current.properties()
                .filter(p -> isSynced(after(), p) && property(deployedEntity, p.name()).isEmpty()
                        && renamedFrom(deployedEntity, current, p).isEmpty())
                .forEach(p -> added.computeIfAbsent(kind(p), k -> new ArrayList<>()).add(p));
        Map<Property, Property> renames = new LinkedHashMap<>();
        gone.forEach((kind, olds) -> {
            List<Property> news = added.getOrDefault(kind, List.of());
            if (olds.size() == 1 && news.size() == 1) {
                renames.put(olds.get(0), news.get(0));
            }
        });
        return renames;
    }

    /** Whether the container syncs the property at all: to-many relationships have no field, but they do sync. */
    static boolean isSynced(ModelVersion version, Property property) {
        if (property instanceof Attribute attribute) {
            return Mirror.isMirrored(attribute);
        }
        // The validator rejects a relationship without an inverse: none of its links ever reached CloudKit.
        Relationship relationship = (Relationship) property;
        return !relationship.isTransient() && !Mirror.isIgnored(relationship) && relationship.hasInverse()
                && version.entity(relationship.destinationEntity()).isPresent();
    }

    /** The relationship's inverse as {@code version} has it, if it has it. */
    static Optional<Relationship> inverse(ModelVersion version, Relationship relationship) {
        return version.entity(inverseEntity(relationship)).flatMap(e -> e.relationship(relationship.inverseName()));
    }

    /** The inverse's entity: the one the model names, else the destination, as Xcode writes most models. */
    static String inverseEntity(Relationship relationship) {
        return relationship.inverseEntity() != null ? relationship.inverseEntity() : relationship.destinationEntity();
    }

    /** The relationship's inverse, when {@code version} syncs it. */
    static Optional<Relationship> syncedInverse(ModelVersion version, Relationship relationship) {
        return inverse(version, relationship).filter(inverse -> isSynced(version, inverse));
    }

    static Optional<Property> property(Entity entity, String name) {
        return entity.properties().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Core Data matches by renaming identifier, which is the element's name when it has none. */
    private static boolean identifies(String id, String name, String renamingIdentifier) {
        return id.equals(name) || id.equals(renamingIdentifier);
    }

    private static String kind(Property property) {
        if (property instanceof Attribute attribute) {
            return "attribute " + attribute.type();
        }
        Relationship relationship = (Relationship) property;
        return "relationship " + relationship.destinationEntity() + " " + relationship.toMany();
    }

    /** The property's own field in {@code version}: null for a to-many relationship, which has none
     * (docs/cloudkit.md#relationships). */
    static String fieldOf(ModelVersion version, Entity entity, Property property) {
        return Mirror.fieldsOf(version, entity, property).stream().findFirst().map(f -> f.name()).orElse(null);
    }

    /** {@code Entity.property}, as findings name elements. */
    static String name(Entity entity, Property property) {
        return entity.name() + "." + property.name();
    }
}
