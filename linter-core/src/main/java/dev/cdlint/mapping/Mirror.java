package dev.cdlint.mapping;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.BoolValue;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DeclaringEntity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Property;
import dev.cdlint.model.Relationship;
import dev.cdlint.schema.FieldType.Kind;
import dev.cdlint.schema.FieldType;
import dev.cdlint.schema.Grant;
import dev.cdlint.schema.IndexOption;
import dev.cdlint.schema.Permission;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the CloudKit schema that {@code NSPersistentCloudKitContainer} creates for one configuration of a
 * model. docs/cloudkit.md describes each mapping decision with its public source.
 */
public final class Mirror {

    public static final String PREFIX = "CD_";
    public static final String ENTITY_NAME_FIELD = "CD_entityName";
    public static final String MOVE_RECEIPT_FIELD = "CD_moveReceipt";
    public static final String ASSET_SUFFIX = "_ckAsset";
    public static final String MANY_TO_MANY_RECORD_TYPE = "CDMR";
    public static final String IGNORED_PROPERTY_KEY = "NSCloudKitMirroringDelegateIgnoredPropertyKey";
    public static final String LEGACY_ENCRYPTION_KEY = "NSPersistentCloudKitContainerEncryptedAttributeKey";
    /** Names the serializer never mirrors ({@code +isPrivateAttribute:}, docs/cloudkit.md#never-mirrored). */
    public static final Set<String> PRIVATE_ATTRIBUTE_NAMES = Set.of("ckRecordID", "ckRecordSystemFields");
    public static final String MODIFICATION_TIME_FIELD = "___modTime";
    public static final String RECORD_ID_FIELD = "___recordID";

    /** The implicit fields of every record type (docs/ckdb.md#system-fields), in the order exports list them. */
    private static final Map<String, Kind> SYSTEM_FIELDS = systemFields();

    /**
     * The types whose large values the serializer moves to a {@code CD_<name>_ckAsset} companion: its asset branches
     * handle Binary and Transformable, and String and URI. Composite is "variable length" too and its key set names
     * an asset, but its values always take the inline branch, so no companion is ever written for it.
     */
    private static final Set<AttributeType> ASSET_BACKED = EnumSet.of(AttributeType.STRING, AttributeType.BINARY,
            AttributeType.URI, AttributeType.TRANSFORMABLE);

    private Mirror() {}

    /**
     * The record type and fields for every entity of the configuration, plus {@code CDMR} when it has many-to-many
     * relationships. A member's inherited properties are written even when its ancestor is not a member. Elements the container would reject (an unsupported type, an ignored relationship) produce
     * nothing here: rules report them.
     */
    public static MirroredSchema of(ModelVersion version, Configuration configuration, DatabaseScope scope) {
        Map<String, List<Entity>> hierarchies = new LinkedHashMap<>();
        for (DeclaringEntity declaring : version.declaringEntities(configuration)) {
            Entity entity = declaring.entity();
            hierarchies.computeIfAbsent(version.root(entity).name(), root -> new ArrayList<>()).add(entity);
        }
        List<MirroredRecordType> recordTypes = new ArrayList<>();
        hierarchies.forEach((rootName, members) ->
                recordTypes.add(recordType(version, version.entity(rootName).orElseThrow(), members, scope)));
        manyToMany(version, configuration, scope).ifPresent(recordTypes::add);
        recordTypes.sort((a, b) -> a.name().compareTo(b.name()));
        return new MirroredSchema(configuration.name(), scope, recordTypes);
    }

    /**
     * One schema for a container whose stores sync the given mirrors: a container has a single schema, shared by
     * its databases, so a record type two stores share appears once.
     */
    public static Schema containerSchema(List<MirroredSchema> stores) {
        MirroredSchema first = stores.isEmpty() ? null : stores.get(0);
        return new MirroredSchema(first == null ? Configuration.DEFAULT : first.configuration(),
                first == null ? DatabaseScope.PRIVATE : first.scope(), List.copyOf(container(stores).values()))
                .toSchema();
    }

    /**
     * The record types of a container whose stores sync the given mirrors, by name: a container has a single
     * schema whatever database each store uses, so a record type two stores share is there once, as the first
     * store mirrors it.
     */
    public static Map<String, MirroredRecordType> container(Collection<MirroredSchema> stores) {
        Map<String, MirroredRecordType> recordTypes = new LinkedHashMap<>();
        stores.forEach(store -> store.recordTypes().forEach(t -> recordTypes.putIfAbsent(t.name(), t)));
        return recordTypes;
    }

    /**
     * The record type an entity's records are saved as: {@code CD_} and the root entity's name
     * (docs/cloudkit.md#record-types).
     */
    public static String recordTypeName(ModelVersion version, Entity entity) {
        return PREFIX + version.root(entity).name();
    }

    /**
     * The fields one property produces, with their CloudKit types; empty for a property the container does not
     * mirror. Rules use it to reason about a property without building the whole schema.
     */
    public static List<MirroredField> fieldsOf(ModelVersion version, Entity entity, Property property) {
        if (property instanceof Attribute attribute) {
            return attributeFields(entity, attribute);
        }
        return relationshipField(version, entity, (Relationship) property).map(List::of).orElse(List.of());
    }

    /**
     * The CloudKit kind an attribute type is stored as (docs/cloudkit.md#attribute-types), or empty for types the
     * container rejects. Decimal is DOUBLE by inference (the schema generator uses one representative value for all
     * floating types).
     */
    public static Optional<Kind> kindOf(AttributeType type) {
        return Optional.ofNullable(switch (type) {
            case INTEGER_16, INTEGER_32, INTEGER_64, BOOLEAN -> Kind.INT64;
            case DECIMAL, DOUBLE, FLOAT -> Kind.DOUBLE;
            case DATE -> Kind.TIMESTAMP;
            case STRING, UUID, URI -> Kind.STRING;
            case BINARY, TRANSFORMABLE, COMPOSITE -> Kind.BYTES;
            case UNDEFINED, OBJECT_ID, UNKNOWN -> null;
        });
    }

    /** Whether the container mirrors the attribute at all (docs/cloudkit.md#never-mirrored). */
    public static boolean isMirrored(Attribute attribute) {
        return !attribute.isTransient()
                && !attribute.derived()
                && !isIgnored(attribute)
                && !PRIVATE_ATTRIBUTE_NAMES.contains(attribute.name())
                && kindOf(attribute.type()).isPresent();
    }

    /**
     * The ignore key set to a true value, read with {@code boolValue} as the validator and the serializer read it:
     * the one reading the rules, the mirror and the schema diff share. In the model XML every User Info value is a
     * string, so the validator's error for a value that is neither a string nor a number cannot come from a model
     * file.
     */
    public static boolean isIgnored(Property property) {
        return BoolValue.of(property.userInfo().get(IGNORED_PROPERTY_KEY));
    }

    /**
     * Whether the serializer encrypts the attribute's field: the legacy User Info key, when present, decides with
     * its {@code boolValue}, ahead of {@code allowsCloudEncryption} ({@code -shouldEncryptValueForAttribute:}).
     */
    public static boolean isEncrypted(Attribute attribute) {
        String legacy = attribute.userInfo().get(LEGACY_ENCRYPTION_KEY);
        return legacy != null ? BoolValue.of(legacy) : attribute.allowsCloudEncryption();
    }

    /** A many-to-many relationship: to-many both ways, stored in {@code CDMR} (docs/cloudkit.md#relationships). */
    public static boolean isManyToMany(ModelVersion version, Relationship relationship) {
        return relationship.toMany() && inverseOf(version, relationship).map(Relationship::toMany).orElse(false);
    }

    /** {@code CD_x} for {@code CD_x_ckAsset}: the inline field whose large values the companion holds. */
    public static String inlineFieldOf(String companion) {
        return companion.substring(0, companion.length() - ASSET_SUFFIX.length());
    }

    /** A many-to-many relationship the container syncs, so that it needs {@code CDMR}: not transient, not ignored. */
    public static boolean syncsAsManyToMany(ModelVersion version, Relationship relationship) {
        return !relationship.isTransient() && !isIgnored(relationship) && isManyToMany(version, relationship);
    }

    public static Optional<Relationship> inverseOf(ModelVersion version, Relationship relationship) {
        if (!relationship.hasInverse()) {
            return Optional.empty();
        }
        return version.entity(relationship.destinationEntity())
                .flatMap(destination -> version.ancestry(destination).stream()
                        .flatMap(e -> e.relationship(relationship.inverseName()).stream())
                        .findFirst());
    }

    /** @param members the entities of the hierarchy whose declared properties the configuration carries */
    private static MirroredRecordType recordType(ModelVersion version, Entity root, List<Entity> members,
            DatabaseScope scope) {
        String name = PREFIX + root.name();
        List<MirroredField> declared = new ArrayList<>();
        SYSTEM_FIELDS.forEach((field, kind) -> declared.add(new MirroredField(field, FieldType.of(kind),
                systemIndexes(field, scope), FieldKind.SYSTEM, Creation.ALWAYS, false, root.name(), null,
                root.location())));
        declared.add(new MirroredField(ENTITY_NAME_FIELD, FieldType.of(Kind.STRING), Set.of(), FieldKind.ENTITY_NAME,
                Creation.ALWAYS, false, root.name(), null, root.location()));
        declared.add(new MirroredField(MOVE_RECEIPT_FIELD, FieldType.of(Kind.BYTES), Set.of(),
                FieldKind.MOVE_RECEIPT, Creation.LAZY, false, root.name(), null, root.location()));
        declared.add(new MirroredField(MOVE_RECEIPT_FIELD + ASSET_SUFFIX, FieldType.of(Kind.ASSET), Set.of(),
                FieldKind.MOVE_RECEIPT, Creation.LAZY, false, root.name(), null, root.location()));
        for (Entity entity : members) {
            entity.properties().forEach(property -> declared.addAll(fieldsOf(version, entity, property)));
        }
        Map<String, MirroredField> byName = new LinkedHashMap<>();
        declared.forEach(field -> byName.putIfAbsent(field.name(), field));
        return new MirroredRecordType(name, root.name(), List.copyOf(byName.values()), declared, grants(scope, root.location()),
                root.location());
    }

    private static List<MirroredField> attributeFields(Entity entity, Attribute attribute) {
        if (!isMirrored(attribute)) {
            return List.of();
        }
        Kind kind = kindOf(attribute.type()).orElseThrow();
        boolean uncertain = attribute.type() == AttributeType.COMPOSITE;
        boolean encrypted = isEncrypted(attribute);
        String name = PREFIX + attribute.name();
        List<MirroredField> fields = new ArrayList<>(2);
        fields.add(new MirroredField(name, encrypted ? FieldType.encrypted(kind) : FieldType.of(kind), Set.of(),
                FieldKind.ATTRIBUTE, Creation.ALWAYS, uncertain, entity.name(), attribute.name(),
                attribute.location()));
        if (ASSET_BACKED.contains(attribute.type())) {
            // Assets are always encrypted by CloudKit, so the companion stays ASSET even for encrypted attributes.
            fields.add(new MirroredField(name + ASSET_SUFFIX, FieldType.of(Kind.ASSET), Set.of(),
                    FieldKind.ASSET_COMPANION, Creation.LAZY, false, entity.name(), attribute.name(),
                    attribute.location()));
        }
        return fields;
    }

    /**
     * To-one relationships are a STRING record name; to-many ones have no field on this side
     * (docs/cloudkit.md#relationships).
     */
    private static Optional<MirroredField> relationshipField(ModelVersion version, Entity entity,
            Relationship relationship) {
        if (relationship.toMany() || relationship.isTransient() || isIgnored(relationship)) {
            return Optional.empty();
        }
        return Optional.of(new MirroredField(PREFIX + relationship.name(), FieldType.of(Kind.STRING), Set.of(),
                FieldKind.RELATIONSHIP, Creation.ALWAYS, false, entity.name(), relationship.name(),
                relationship.location()));
    }

    private static Optional<MirroredRecordType> manyToMany(ModelVersion version, Configuration configuration,
            DatabaseScope scope) {
        Optional<Relationship> first = version.declaringEntities(configuration).stream()
                .flatMap(e -> e.entity().relationships().stream())
                .filter(r -> syncsAsManyToMany(version, r))
                .findFirst();
        return first.map(relationship -> {
            SourceLocation at = relationship.location();
            List<MirroredField> fields = new ArrayList<>();
            SYSTEM_FIELDS.forEach((field, kind) -> fields.add(new MirroredField(field, FieldType.of(kind),
                    systemIndexes(field, scope), FieldKind.SYSTEM, Creation.ALWAYS, false, null, null, at)));
            for (String field : List.of("CD_entityNames", "CD_recordNames", "CD_relationships")) {
                fields.add(new MirroredField(field, FieldType.of(Kind.STRING), Set.of(), FieldKind.MANY_TO_MANY,
                        Creation.ALWAYS, false, null, null, at));
            }
            return new MirroredRecordType(MANY_TO_MANY_RECORD_TYPE, null, fields, fields, grants(scope, at), at);
        });
    }

    /**
     * The public database is polled with a query on modification time, which needs these indexes
     * (docs/cloudkit.md#public-database); the private and shared databases use change tokens and need none.
     */
    private static Set<IndexOption> systemIndexes(String field, DatabaseScope scope) {
        if (scope != DatabaseScope.PUBLIC) {
            return Set.of();
        }
        return switch (field) {
            case MODIFICATION_TIME_FIELD -> EnumSet.of(IndexOption.QUERYABLE, IndexOption.SORTABLE);
            case RECORD_ID_FIELD -> EnumSet.of(IndexOption.QUERYABLE);
            default -> Set.of();
        };
    }

    /**
     * Public record types need explicit grants, or nobody can use them (docs/cloudkit.md#public-database); these
     * are the recommended ones.
     */
    private static List<Grant> grants(DatabaseScope scope, SourceLocation at) {
        if (scope != DatabaseScope.PUBLIC) {
            return List.of();
        }
        return List.of(
                new Grant(Set.of(Permission.WRITE), "_creator", at),
                new Grant(Set.of(Permission.CREATE), "_icloud", at),
                new Grant(Set.of(Permission.READ), "_world", at));
    }

    private static Map<String, Kind> systemFields() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        fields.put("___createTime", Kind.TIMESTAMP);
        fields.put("___createdBy", Kind.REFERENCE);
        fields.put("___etag", Kind.STRING);
        fields.put(MODIFICATION_TIME_FIELD, Kind.TIMESTAMP);
        fields.put("___modifiedBy", Kind.REFERENCE);
        fields.put(RECORD_ID_FIELD, Kind.REFERENCE);
        return fields;
    }
}
