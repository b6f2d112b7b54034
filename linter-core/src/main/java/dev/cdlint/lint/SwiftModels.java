package dev.cdlint.lint;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SwiftData models for the commands that take one model path rather than a run: {@code schema}, {@code logs
 * --model}, the Maven goals. A folder is read as a project; a Swift file with the project it belongs to, keeping
 * the models it declares or places.
 */
public final class SwiftModels {

    private SwiftModels() {}

    /**
     * The SwiftData models at a Swift file or a folder.
     *
     * @throws InputException when a file cdlint had to read cannot be followed, at the position it lost track
     */
    public static List<SwiftDataModel> at(Path path) {
        SwiftInputs inputs = Files.isDirectory(path) ? SwiftInputs.read(List.of(path), List.of(), p -> false)
                : SwiftInputs.read(List.of(), List.of(path), p -> false);
        if (!inputs.unreadable().isEmpty()) {
            throw inputs.unreadable().get(0);
        }
        return inputs.models();
    }

    /**
     * The SwiftData models under a folder that cdlint can read: a Swift file it cannot follow leaves out only what
     * it declares, as the models are context here ({@code logs --model REPO}), not what is checked.
     */
    public static List<SwiftDataModel> readableUnder(Path folder) {
        return SwiftInputs.read(List.of(folder), List.of(), p -> false).models();
    }

    /**
     * Whether a path a command takes as a model stands for SwiftData: a Swift file, or a folder that is no Core Data
     * model and holds none.
     */
    public static boolean isSwiftPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".swift")) {
            return true;
        }
        return Files.isDirectory(path) && ModelFinder.modelOf(path).equals(path) && !name.endsWith(".xcdatamodeld")
                && !name.endsWith(".xcdatamodel") && ModelFinder.findModels(path).isEmpty();
    }

    /** The one SwiftData model at a path, for a command that reads one model. */
    public static DataModel one(Path path) {
        List<SwiftDataModel> models = at(path);
        if (models.size() != 1) {
            throw new InputException(SourceLocation.ofFile(path), models.isEmpty() ? "no SwiftData @Model class here"
                    : "this holds " + models.size() + " SwiftData models ("
                            + models.stream().map(m -> m.model().name()).collect(Collectors.joining(", "))
                            + "); name a file or the folder of one");
        }
        return models.get(0).model();
    }

    /** Whether any Swift file under the folder mentions SwiftData or CloudKit containers (a byte search, no lexing). */
    public static boolean mentionedUnder(Path folder) {
        return SwiftFinder.find(folder, p -> false).swiftFiles().stream().anyMatch(SwiftProject::isRelevant);
    }

    /**
     * The CloudKit schema the models' synced configurations create, one schema for the container as cktool
     * exports it; only {@code configuration} when it is given. A model that syncs nothing adds nothing.
     */
    public static Schema schema(List<SwiftDataModel> models, String configuration) {
        List<MirroredSchema> stores = new ArrayList<>();
        for (SwiftDataModel model : models) {
            for (Configuration candidate : model.model().current().configurations()) {
                boolean wanted = configuration == null ? candidate.usedWithCloudKit()
                        : candidate.name().equals(configuration);
                if (wanted) {
                    stores.add(Mirror.of(model.model().current(), candidate, DatabaseScope.PRIVATE));
                }
            }
        }
        if (configuration != null && stores.isEmpty()) {
            throw new InputException(SourceLocation.ofFile(models.isEmpty() ? Path.of(".")
                    : models.get(0).model().path()), "no SwiftData model here has a configuration named '"
                    + configuration + "'");
        }
        return Mirror.containerSchema(stores);
    }
}
