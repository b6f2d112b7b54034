package dev.cdlint.lint;

import dev.cdlint.model.swift.ContainerCode;
import dev.cdlint.model.swift.SwiftData;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.swift.SwiftDataReader;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.source.InputException;
import dev.cdlint.model.swift.TargetSigning;
import dev.cdlint.wiring.AppWiring;
import dev.cdlint.wiring.SwiftCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Swift side of a run: the SwiftData models and the container code under the folders a run searches, and of
 * the projects its named Swift files belong to. Each project is read once. A run that names only Core Data models
 * never builds one, so the Swift reader stays unloaded and its start-up unchanged.
 */
final class SwiftInputs {

    static final SwiftInputs NONE = new SwiftInputs();

    /** Per project root, what its Swift says. */
    private final Map<Path, SwiftData> projects = new LinkedHashMap<>();
    private final List<SwiftDataModel> models = new ArrayList<>();
    private final List<InputException> unreadable = new ArrayList<>();
    private final List<Path> withExclusions = new ArrayList<>();
    private final Map<Path, AppWiring> apps = new LinkedHashMap<>();

    private SwiftInputs() {}

    /**
     * @param folders folders the run searches: each is read as a project of its own
     * @param swiftFiles Swift files named on their own: each is read with its project, and only the models it
     *     declares or places are linted; a file that mentions nothing SwiftData or CloudKit reads is skipped unread
     * @param excluded the paths {@code exclude:} and {@code --exclude} name
     */
    static SwiftInputs read(List<Path> folders, List<Path> swiftFiles, Predicate<Path> excluded) {
        SwiftInputs inputs = new SwiftInputs();
        for (Path folder : folders) {
            inputs.project(folder, excluded).ifPresent(data -> inputs.add(data, model -> true));
        }
        Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
        for (Path file : swiftFiles) {
            if (!excluded.test(file) && SwiftProject.isRelevant(file)) {
                byRoot.computeIfAbsent(SwiftFinder.projectRoot(file), r -> new ArrayList<>())
                        .add(file.toAbsolutePath().normalize());
            }
        }
        byRoot.forEach((root, named) -> inputs.project(root, excluded).ifPresent(data -> inputs.add(data,
                model -> model.files().stream().anyMatch(f -> named.contains(f.toAbsolutePath().normalize()))
                        || model.decisions().stream().anyMatch(d -> d.at() != null
                                && named.contains(d.at().file().toAbsolutePath().normalize())))));
        return inputs;
    }

    private Optional<SwiftData> project(Path root, Predicate<Path> excluded) {
        Path key = root.toAbsolutePath().normalize();
        SwiftData data = projects.get(key);
        if (data == null) {
            SwiftFinder.Found found = SwiftFinder.find(root, excluded);
            if (found.excludedAny()) {
                withExclusions.add(key);
            }
            // SwiftProject lexes only the files its byte search finds relevant: a project whose Swift mentions no
            // SwiftData or container reads each file once and never loads the reader.
            SwiftProject project = SwiftProject.read(found);
            data = project.files().isEmpty() && project.unreadable().isEmpty() ? SwiftData.NONE
                    : SwiftDataReader.read(project, signing(key));
            projects.put(key, data);
        }
        return Optional.of(data);
    }

    /** Where the folder is an app's repository, its targets say how the code that holds a store is signed. */
    private TargetSigning signing(Path root) {
        return WiringRun.isAppRepository(root) ? files -> app(root).signingOf(files) : TargetSigning.NONE;
    }

    private void add(SwiftData data, Predicate<SwiftDataModel> wanted) {
        data.models().stream().filter(wanted).filter(m -> !models.contains(m)).forEach(models::add);
        data.unreadable().stream().filter(u -> !unreadable.contains(u)).forEach(unreadable::add);
    }

    List<SwiftDataModel> models() {
        return models;
    }

    List<InputException> unreadable() {
        return unreadable;
    }

    /**
     * Whether a searched folder holds a SwiftData model or a Swift file cdlint could not follow, or had sources left
     * out by an exclusion (then it is not a wrong path, only one with nothing left to check).
     */
    boolean foundUnder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return withExclusions.contains(absolute) || models.stream().anyMatch(m -> m.model().path().toAbsolutePath().normalize().startsWith(absolute))
                || unreadable.stream().anyMatch(u -> u.location().file().toAbsolutePath().normalize().startsWith(absolute));
    }

    /**
     * The app repository at a searched folder, its projects read once per run: for SwiftData's {@code .automatic}
     * (which targets are signed for CloudKit) and for its wiring checks, which read the container code the run
     * read for the models, so each Swift file is read once.
     */
    AppWiring app(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        return apps.computeIfAbsent(key, k -> AppWiring.read(k, SwiftCode.of(() -> projects.getOrDefault(k,
                SwiftData.NONE).containerCode())));
    }

    /** The container code of the searched folder a Core Data model is in; none for a model named on its own. */
    ContainerCode containerCodeFor(Path coreDataModel) {
        Path model = coreDataModel.toAbsolutePath().normalize();
        return projects.entrySet().stream().filter(e -> model.startsWith(e.getKey()))
                .map(e -> e.getValue().containerCode()).findFirst().orElse(ContainerCode.NONE);
    }
}
