package dev.cdlint.model.swift;

import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code @Model} classes of one schema as the domain model every check reads, with what the code decides
 * about syncing each configuration.
 *
 * @param earlierVersions the other {@code VersionedSchema}s of its migration plan, oldest first: each can serve
 *     evolution as the deployed model
 * @param decisions one per configuration of the current version
 * @param files the Swift files its classes and versions are declared in
 */
public record SwiftDataModel(DataModel model, List<ModelVersion> earlierVersions, List<ScopeDecision> decisions,
        List<Path> files) {

    public SwiftDataModel {
        earlierVersions = List.copyOf(earlierVersions);
        decisions = List.copyOf(decisions);
        files = List.copyOf(files);
    }

    public Optional<ModelVersion> earlierVersion(String name) {
        return earlierVersions.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * Another version of the model (an earlier one, or the one at a git revision) with this model's configurations,
     * each holding those of its entities it names: so that the stores checked are the same on both sides.
     */
    public ModelVersion configuredLike(ModelVersion other) {
        Set<String> names = other.entities().stream().map(Entity::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Configuration> configurations = model.current().configurations().stream()
                .map(c -> new Configuration(c.name(), c.implicit() ? names : c.memberEntities().stream()
                        .filter(names::contains).collect(Collectors.toCollection(LinkedHashSet::new)),
                        c.usedWithCloudKit(), c.implicit(), c.location()))
                .toList();
        return new ModelVersion(other.name(), other.usedWithCloudKit(), other.entities(), configurations,
                other.composites(), other.location());
    }
}
