package dev.cdlint.schema;

import dev.cdlint.source.SourceLocation;
import java.util.Objects;
import java.util.Set;

/**
 * {@code GRANT READ, CREATE, WRITE TO role}: permissions a role has on a record type in the public database
 * (docs/ckdb.md#grants). {@link #permissions()} iterates in export order, {@code READ, CREATE, WRITE}.
 *
 * @param role     the role name without quotes, e.g. {@code _world} or a role made by {@code CREATE ROLE}
 * @param location where the {@code GRANT} keyword starts
 */
public record Grant(Set<Permission> permissions, String role, SourceLocation location) {

    public Grant {
        permissions = Field.enumSetOf(Permission.class, permissions);
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("a grant needs at least one permission");
        }
        Names.requireValid(role, "role");
        Objects.requireNonNull(location, "location");
    }
}
