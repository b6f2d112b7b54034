package dev.cdlint.lint;

import dev.cdlint.config.LintConfig;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.evolution.GitRevision;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.swift.SwiftData;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.swift.SwiftDataReader;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model a SwiftData model was deployed from: an earlier {@code VersionedSchema} of its migration plan named by
 * {@code --against-model}, the Swift sources at another path, or its own sources at a git revision. The deployed
 * version is given the current version's configurations, so that both sides are checked for the same stores.
 */
final class SwiftDeployed {

    private SwiftDeployed() {}

    static Optional<DeployedModel> of(SwiftDataModel model, LintRequest request, LintConfig config) {
        if (request.againstModel() != null) {
            String named = request.againstModel().toString();
            Optional<ModelVersion> earlier = model.earlierVersion(named);
            if (earlier.isPresent()) {
                return Optional.of(new DeployedModel(earlier.get(), named));
            }
            Path path = request.againstModel();
            if (!Files.exists(path)) {
                throw new InputException(SourceLocation.ofFile(path), "no such model: neither a file or folder nor"
                        + " an earlier VersionedSchema of " + model.model().name() + " (it has "
                        + (model.earlierVersions().isEmpty() ? "none" : model.earlierVersions().stream()
                                .map(ModelVersion::name).collect(Collectors.joining(", "))) + ")");
            }
            // Exactly what it names: the project around a file holds the current model too, which would match.
            SwiftFinder.Found sources = Files.isDirectory(path) ? SwiftFinder.find(path, p -> false)
                    : new SwiftFinder.Found(path.toAbsolutePath().getParent(), List.of(path), List.of(), false);
            SwiftData data = SwiftDataReader.read(SwiftProject.read(sources));
            return Optional.of(new DeployedModel(matching(model, data).orElseGet(() -> absent(model)), path.toString()));
        }
        String ref = request.againstRef() != null ? request.againstRef() : config.againstRef();
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(GitRevision.sourcesAt(model.model().path(), ref, path -> path.endsWith(".swift"),
                (copy, shownAs) -> {
                    SwiftData data = SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(copy, p -> false),
                            shownAs));
                    ModelVersion version = matching(model, data).orElseGet(() -> absent(model));
                    return new DataModel(copy, model.model().name(), List.of(), version, List.of(),
                            DataModel.Format.SWIFT_DATA);
                }));
    }

    /**
     * The current version of the other sources' model that is this one (the one of the same name, else the one
     * sharing the most entity names), with this model's configurations.
     */
    private static Optional<ModelVersion> matching(SwiftDataModel model, SwiftData data) {
        Set<String> names = model.model().current().entities().stream().map(Entity::name).collect(Collectors.toSet());
        return data.models().stream().filter(m -> m.model().name().equals(model.model().name())).findFirst()
                .or(() -> data.models().stream()
                        .filter(m -> m.model().current().entities().stream().anyMatch(e -> names.contains(e.name())))
                        .max(Comparator.comparingLong(m -> m.model().current().entities().stream()
                                .filter(e -> names.contains(e.name())).count())))
                .map(m -> model.configuredLike(m.model().current()));
    }

    /** No such model there: everything in the current one is new. */
    private static ModelVersion absent(SwiftDataModel model) {
        return model.configuredLike(new ModelVersion("(absent)", false, List.of(), List.of(), List.of(),
                model.model().current().location()));
    }
}
