package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/**
 * A configuration: the entities one store holds. Every model has the implicit {@value #DEFAULT} configuration with
 * all entities, whose "Used with CloudKit" flag is the model-level one.
 */
public record Configuration(String name, List<String> memberEntities, boolean usedWithCloudKit, boolean implicit,
        SourceLocation location) {

    public static final String DEFAULT = "Default";

    public Configuration {
        memberEntities = List.copyOf(memberEntities);
    }

    public boolean contains(String entityName) {
        return memberEntities.contains(entityName);
    }
}
