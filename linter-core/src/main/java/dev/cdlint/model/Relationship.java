package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.Map;

/**
 * A relationship of an entity. Destination and inverse are kept as the file names them, even when no such entity
 * or relationship exists: that is a finding for a rule, not a reason to stop reading.
 *
 * @param inverseName null when the relationship has no inverse
 * @param minCount 0 when unset
 * @param maxCount 0 when unset (unbounded)
 */
public record Relationship(
        String name,
        String destinationEntity,
        String inverseName,
        String inverseEntity,
        boolean toMany,
        boolean ordered,
        boolean optional,
        boolean isTransient,
        int minCount,
        int maxCount,
        DeleteRule deleteRule,
        String deleteRuleName,
        Map<String, String> userInfo,
        String renamingIdentifier,
        SourceLocation location) implements Property {

    public Relationship {
        userInfo = Map.copyOf(userInfo);
    }

    public boolean hasInverse() {
        return inverseName != null && !inverseName.isEmpty();
    }
}
