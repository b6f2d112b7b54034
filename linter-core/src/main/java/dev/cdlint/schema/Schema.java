package dev.cdlint.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A whole {@code .ckdb} file: the custom roles it creates and its record types, in file order. Names are unique;
 * {@link CkdbParser} reports duplicates with their position, the constructor only guards the invariant.
 */
public record Schema(List<String> roles, List<RecordType> recordTypes) {

    public Schema {
        roles = List.copyOf(roles);
        recordTypes = NamedList.of(recordTypes, RecordType::name);
        roles.forEach(role -> Names.requireValid(role, "role"));
        Names.requireUnique(roles, "role");
        Names.requireUnique(recordTypes.stream().map(RecordType::name).toList(), "record type");
    }

    public Optional<RecordType> recordType(String name) {
        return ((NamedList<RecordType>) recordTypes).find(name);
    }

    /**
     * Whether both describe the same CloudKit schema: the same roles and record types that are
     * {@link RecordType#sameAs same}, in any order and wherever they were read from.
     */
    public boolean sameAs(Schema other) {
        return Set.copyOf(roles).equals(Set.copyOf(other.roles))
                && recordTypes.size() == other.recordTypes.size()
                && recordTypes.stream().allMatch(t -> other.recordType(t.name()).filter(t::sameAs).isPresent());
    }
}
