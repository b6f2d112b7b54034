package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/** One uniqueness constraint: the properties whose values together must be unique. */
public record UniquenessConstraint(List<String> properties, SourceLocation location) {

    public UniquenessConstraint {
        properties = List.copyOf(properties);
    }
}
