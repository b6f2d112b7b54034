package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A configuration: the entities one store holds. Every model has the implicit {@value #DEFAULT} configuration with
 * all entities, whose "Used with CloudKit" flag is the model-level one.
 */
public record Configuration(String name, Set<String> memberEntities, boolean usedWithCloudKit, boolean implicit,
        SourceLocation location) {

    public static final String DEFAULT = "Default";

    public Configuration {
        // Ordered as the file lists them, and a set: rules ask "is it a member?" for every relationship.
        memberEntities = Collections.unmodifiableSet(new LinkedHashSet<>(memberEntities));
    }

    public boolean contains(String entityName) {
        return memberEntities.contains(entityName);
    }
}
