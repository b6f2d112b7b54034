package dev.cdlint.schema;

import dev.cdlint.source.SourceLocation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code RECORD TYPE name ( fields and grants )}. Fields and grants keep the order the file gave them; several
 * grants to one role are kept as written (hand-written files split them, docs/ckdb.md#split-grants) and merged by
 * {@link #permissionsByRole()}.
 *
 * @param name     the record type name without quotes
 * @param location where the {@code RECORD} keyword starts
 */
public record RecordType(String name, List<Field> fields, List<Grant> grants, SourceLocation location) {

    public RecordType {
        Names.requireValid(name, "record type name");
        fields = NamedList.of(fields, Field::name);
        grants = List.copyOf(grants);
        Objects.requireNonNull(location, "location");
        Names.requireUnique(fields.stream().map(Field::name).toList(), "field in record type " + name);
    }

    public Optional<Field> field(String fieldName) {
        return ((NamedList<Field>) fields).find(fieldName);
    }

    public boolean hasField(String fieldName) {
        return field(fieldName).isPresent();
    }

    /**
     * What each role may do, with all its grants merged, roles in export order (docs/ckdb.md#export-layout). This is
     * what CloudKit stores: an export prints one {@code GRANT} line per role.
     */
    public Map<String, Set<Permission>> permissionsByRole() {
        Map<String, Set<Permission>> byRole = new TreeMap<>(Names.EXPORT_ORDER);
        for (Grant grant : grants) {
            byRole.computeIfAbsent(grant.role(), role -> EnumSet.noneOf(Permission.class))
                    .addAll(grant.permissions());
        }
        byRole.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        return Collections.unmodifiableMap(byRole);
    }

    /**
     * Whether CloudKit would hold the same record type: same name, same fields (by name, type and options) and same
     * permissions per role. Element order, how grants are split and source locations do not matter, because CloudKit
     * keeps none of them (docs/ckdb.md#order: an export may list elements in a different order).
     */
    public boolean sameAs(RecordType other) {
        return name.equals(other.name)
                && fields.size() == other.fields.size()
                && fields.stream().allMatch(f -> other.field(f.name()).filter(f::sameAs).isPresent())
                && permissionsByRole().equals(other.permissionsByRole());
    }
}
