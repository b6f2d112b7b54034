package dev.cdlint.lint;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.evolution.GitRevision;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point front ends call: resolves the inputs to models, finds each model's configuration and
 * production schema, and runs the rules. A model it cannot read is a {@code model-unreadable} finding; any other
 * unreadable input (a configuration, a schema, a path that does not exist) is an {@link InputException}.
 */
public final class Linter {

    /** Told before each model is read, so a front end can show progress on long runs. */
    @FunctionalInterface
    public interface Progress {
        void model(Path model, int index, int total);

        Progress NONE = (model, index, total) -> { };
    }

    private final RuleEngine engine;
    private final Progress progress;
    private final Map<Path, LintConfig> configs = new HashMap<>();
    private final Map<Path, Schema> schemas = new HashMap<>();

    public Linter(RuleEngine engine, Progress progress) {
        this.engine = engine;
        this.progress = progress;
    }

    public Linter() {
        this(RuleEngine.withAllRules(), Progress.NONE);
    }

    public LintResult lint(LintRequest request) {
        Inputs inputs = Inputs.resolve(request.inputs());
        List<Path> models = new ArrayList<>(inputs.models());
        List<Path> folders = new ArrayList<>(inputs.folders());
        Path schemaInput = inputs.schemas().isEmpty() ? null : inputs.schemas().get(0);
        inputs.schemas().forEach(this::schema);
        if (models.isEmpty() && folders.isEmpty() && inputs.swiftFiles().isEmpty() && schemaInput != null) {
            // A schema file on its own (a pre-commit hook that saw only the .ckdb change): lint the project's
            // models against it, found from the configuration's folder or else the working directory.
            Path root = Optional.ofNullable(request.configFile()).or(() -> ConfigReader.find(schemaInput))
                    .map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
            models.addAll(ModelFinder.findModels(root));
            folders.add(root);
        }
        // Only a run that searches folders or names Swift files reads Swift: one naming models keeps its start-up.
        SwiftInputs swift = folders.isEmpty() && inputs.swiftFiles().isEmpty() ? SwiftInputs.NONE
                : SwiftInputs.read(folders, inputs.swiftFiles(), path -> excluded(path, request));
        inputs.requireModels(swift);
        models.removeIf(model -> excluded(model, request));
        int total = models.size() + swift.models().size();
        if (request.againstModel() != null && total != 1) {
            throw new InputException(SourceLocation.ofFile(request.againstModel()), "--against-model compares one"
                    + " model with the one production was deployed from, but " + total + " models were given");
        }
        ModelRun run = new ModelRun(this, engine, progress, request, schemaInput, total);
        for (InputException unreadable : swift.unreadable()) {
            run.findings.addAll(RuleEngine.unreadable(unreadable, configFor(unreadable.location().file(), request)));
        }
        for (Path modelPath : models) {
            run.lint(modelPath, () -> ModelReader.read(modelPath),
                    model -> CodeScopes.of(model, swift.containerCodeFor(modelPath)),
                    config -> deployed(modelPath, request, config));
        }
        for (SwiftDataModel swiftModel : swift.models()) {
            Path modelPath = swiftModel.model().path();
            run.lint(modelPath, swiftModel::model, model -> CodeScopes.of(swiftModel),
                    config -> SwiftDeployed.of(swiftModel, request, config));
            run.unplaced(swiftModel);
        }
        run.scoped.requireKnown(request.scopes());
        List<Path> read = new ArrayList<>(run.linted);
        swift.models().forEach(m -> read.addAll(m.files()));
        for (Path repository : inputs.repositories()) {
            var wiring = WiringRun.check(swift.app(repository), configFor(repository, request));
            // A vendored or sample project under an excluded folder is not the app's.
            wiring.findings().stream().filter(f -> !excluded(f.location().file(), request)).forEach(run.findings::add);
            read.addAll(wiring.read());
        }
        run.findings.sort(Finding.REPORT_ORDER);
        read.addAll(configs.keySet());
        read.addAll(schemas.keySet());
        Optional.ofNullable(request.configFile()).ifPresent(read::add);
        Optional.ofNullable(request.againstModel()).ifPresent(read::add);
        return new LintResult(run.linted, run.findings, read, run.notCloudKitEnabled, run.rulesNotRun,
                run.summaries);
    }

    /**
     * The model production was deployed from: {@code --against-model}, else the model at {@code --against-ref} or
     * the configuration's {@code against-ref:}; none without them.
     */
    static Optional<DeployedModel> deployed(Path model, LintRequest request, LintConfig config) {
        if (request.againstModel() != null) {
            Path file = request.againstModel();
            if (!Files.exists(file)) {
                throw new InputException(SourceLocation.ofFile(file), "no such model");
            }
            return Optional.of(DeployedModel.of(ModelReader.read(file), file.toString()));
        }
        String ref = request.againstRef() != null ? request.againstRef() : config.againstRef();
        return Optional.ofNullable(ref).map(r -> GitRevision.modelAt(model, r));
    }

    /** The configuration for a model: {@code --config}, else the nearest {@code .cdlint.yml}, with overrides. */
    public LintConfig configFor(Path model, LintRequest request) {
        Optional<Path> file = Optional.ofNullable(request.configFile()).or(() -> ConfigReader.find(model));
        LintConfig config = file.map(this::config).orElseGet(LintConfig::defaults);
        return config.overriddenBy(request.scopes(), request.against());
    }

    private LintConfig config(Path file) {
        return configs.computeIfAbsent(file.toAbsolutePath().normalize(), ConfigReader::read);
    }

    /**
     * Whether {@code --exclude}, or {@code exclude:} in {@code --config} or else in any {@code .cdlint.yml} above
     * the model, names the model or a folder it is in (or the file a wiring finding is in). Every file above counts,
     * not only the nearest, so that a vendored folder's own configuration cannot undo the project's exclusion of it.
     * Named inputs are excluded too, so a hook that passes every staged file skips the excluded ones.
     */
    public boolean excluded(Path model, LintRequest request) {
        if (request.excludes().stream().anyMatch(glob -> glob.matches(model))) {
            return true;
        }
        if (request.configFile() != null) {
            return config(request.configFile()).excludes(model);
        }
        Optional<Path> file = ConfigReader.find(model);
        while (file.isPresent()) {
            if (config(file.get()).excludes(model)) {
                return true;
            }
            Path above = file.get().toAbsolutePath().getParent().getParent();
            file = above == null ? Optional.empty() : ConfigReader.find(above);
        }
        return false;
    }

    Schema schema(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Schema schema = schemas.get(key);
        if (schema == null) {
            schema = CkdbParser.parse(file);
            schemas.put(key, schema);
        }
        return schema;
    }

    /**
     * The models and schemas named by the inputs, each model once however many of its files were named and
     * whatever symbolic links lead to it (by real path; the first path found is the one reports show); the folders
     * searched and the Swift files named, for the Swift side of the run.
     */
    private record Inputs(List<Path> models, List<Path> schemas, List<Path> folders, List<Path> swiftFiles,
            Map<Path, Integer> coreDataPerFolder, List<Path> repositories) {

        static Inputs resolve(List<Path> paths) {
            Map<Path, Path> models = new LinkedHashMap<>();
            Set<Path> schemas = new LinkedHashSet<>();
            List<Path> folders = new ArrayList<>();
            List<Path> swiftFiles = new ArrayList<>();
            Map<Path, Integer> coreDataPerFolder = new LinkedHashMap<>();
            Set<Path> repositories = new LinkedHashSet<>();
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    throw new InputException(SourceLocation.ofFile(path), "no such file or directory");
                }
                String name = path.getFileName() == null ? "" : path.getFileName().toString();
                if (name.endsWith(".ckdb")) {
                    schemas.add(path);
                } else if (name.endsWith(".swift") && Files.isRegularFile(path)) {
                    swiftFiles.add(path);
                } else if (Files.isDirectory(path) && ModelFinder.modelOf(path).equals(path)
                        && !name.endsWith(".xcdatamodeld") && !name.endsWith(".xcdatamodel")) {
                    List<Path> found = ModelFinder.findModels(path);
                    folders.add(path);
                    coreDataPerFolder.put(path, found.size());
                    if (WiringRun.isAppRepository(path)) {
                        repositories.add(path);
                    }
                    found.forEach(model -> models.putIfAbsent(realPath(model), model));
                } else {
                    Path model = ModelFinder.modelOf(path);
                    models.putIfAbsent(realPath(model), model);
                }
            }
            return new Inputs(List.copyOf(models.values()), List.copyOf(schemas), folders, swiftFiles,
                    coreDataPerFolder, List.copyOf(repositories));
        }

        /**
         * A folder searched must hold a model of one kind or the other, or be an app whose wiring is checked: an
         * empty search is a wrong path.
         */
        void requireModels(SwiftInputs swift) {
            coreDataPerFolder.forEach((folder, count) -> {
                if (count == 0 && !swift.foundUnder(folder) && !repositories.contains(folder)) {
                    throw new InputException(SourceLocation.ofFile(folder), "no Core Data model (.xcdatamodeld or"
                            + " .xcdatamodel) and no SwiftData @Model class in this directory");
                }
            });
        }

        private static Path realPath(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException unreadable) {
                return path.toAbsolutePath().normalize();
            }
        }
    }
}
