package dev.cdlint.lint;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.evolution.GitRevision;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.rules.CloudKitNotEnabled;
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
        Path schemaInput = inputs.schemas().isEmpty() ? null : inputs.schemas().get(0);
        inputs.schemas().forEach(this::schema);
        if (models.isEmpty() && schemaInput != null) {
            // A schema file on its own (a pre-commit hook that saw only the .ckdb change): lint the project's
            // models against it, found from the configuration's folder or else the working directory.
            Path root = Optional.ofNullable(request.configFile()).or(() -> ConfigReader.find(schemaInput))
                    .map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
            models.addAll(ModelFinder.findModels(root));
        }
        models.removeIf(model -> excluded(model, request));
        if (request.againstModel() != null && models.size() != 1) {
            throw new InputException(SourceLocation.ofFile(request.againstModel()), "--against-model compares one"
                    + " model with the one production was deployed from, but " + models.size() + " models were given");
        }
        List<Finding> findings = new ArrayList<>();
        ScopedConfigurations scoped = new ScopedConfigurations();
        List<Path> notCloudKitEnabled = new ArrayList<>();
        Map<Path, Map<String, String>> rulesNotRun = new LinkedHashMap<>();
        List<ModelSummary> summaries = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Path modelPath = models.get(i);
            progress.model(modelPath, i + 1, models.size());
            LintConfig config = configFor(modelPath, request);
            Path schemaPath = config.schema() != null ? config.schema() : schemaInput;
            DataModel model;
            try {
                model = ModelReader.read(modelPath);
            } catch (InputException unreadable) {
                // One unreadable model is a finding, not the end of the run: the others are still linted.
                findings.addAll(RuleEngine.unreadable(unreadable, config));
                continue;
            }
            Optional<DeployedModel> deployed = deployed(modelPath, request, config);
            List<Finding> modelFindings = new ArrayList<>(engine.check(model, config,
                    Optional.ofNullable(schemaPath).map(this::schema), deployed));
            // In a run over several models, those not checked (vendored, test or tutorial models, most often) are
            // counted once in the summary: one info each would drown what was found. A run over one model keeps
            // its info, which says why nothing was checked.
            if (models.size() > 1 && modelFindings.removeIf(f -> f.rule().equals(CloudKitNotEnabled.ID))) {
                notCloudKitEnabled.add(modelPath);
            }
            findings.addAll(modelFindings);
            rulesNotRun.put(modelPath, engine.rulesNotRun(config, schemaPath != null, deployed.isPresent()));
            scoped.served(config, model);
            if (request.summarize()) {
                summaries.add(Summaries.of(model, config, request.scopes(),
                        Optional.ofNullable(schemaPath).map(this::schema), schemaPath, deployed));
            }
        }
        scoped.requireKnown(request.scopes());
        List<Path> read = new ArrayList<>(models);
        for (Path repository : inputs.repositories()) {
            var wiring = WiringRun.check(repository, configFor(repository, request));
            // A vendored or sample project under an excluded folder is not the app's.
            wiring.findings().stream().filter(f -> !excluded(f.location().file(), request)).forEach(findings::add);
            read.addAll(wiring.read());
        }
        findings.sort(Finding.REPORT_ORDER);
        read.addAll(configs.keySet());
        read.addAll(schemas.keySet());
        Optional.ofNullable(request.configFile()).ifPresent(read::add);
        Optional.ofNullable(request.againstModel()).ifPresent(read::add);
        return new LintResult(models, findings, read, notCloudKitEnabled, rulesNotRun, summaries);
    }

    /**
     * The model production was deployed from: {@code --against-model}, else the model at {@code --against-ref} or
     * the configuration's {@code against-ref:}; none without them.
     */
    private static Optional<DeployedModel> deployed(Path model, LintRequest request, LintConfig config) {
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
     * the model, names the model or a folder it is in (or the file a wiring finding is in). Every file above counts, not only the nearest, so that a
     * vendored folder's own configuration cannot undo the project's exclusion of it. Named inputs are excluded
     * too, so a hook that passes every staged file skips the excluded ones.
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

    private Schema schema(Path file) {
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
     * whatever symbolic links lead to it (by real path; the first path found is the one reports show).
     */
    private record Inputs(List<Path> models, List<Path> schemas, List<Path> repositories) {

        static Inputs resolve(List<Path> paths) {
            Map<Path, Path> models = new LinkedHashMap<>();
            Set<Path> schemas = new LinkedHashSet<>();
            Set<Path> repositories = new LinkedHashSet<>();
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    throw new InputException(SourceLocation.ofFile(path), "no such file or directory");
                }
                String name = path.getFileName() == null ? "" : path.getFileName().toString();
                if (name.endsWith(".ckdb")) {
                    schemas.add(path);
                } else if (Files.isDirectory(path) && ModelFinder.modelOf(path).equals(path)
                        && !name.endsWith(".xcdatamodeld") && !name.endsWith(".xcdatamodel")) {
                    List<Path> found = ModelFinder.findModels(path);
                    boolean repository = WiringRun.isAppRepository(path);
                    if (repository) {
                        repositories.add(path);
                    }
                    if (found.isEmpty() && !repository) {
                        throw new InputException(SourceLocation.ofFile(path),
                                "no Core Data model (.xcdatamodeld or .xcdatamodel) in this directory");
                    }
                    found.forEach(model -> models.putIfAbsent(realPath(model), model));
                } else {
                    Path model = ModelFinder.modelOf(path);
                    models.putIfAbsent(realPath(model), model);
                }
            }
            return new Inputs(List.copyOf(models.values()), List.copyOf(schemas), List.copyOf(repositories));
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
