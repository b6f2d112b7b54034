package dev.cdlint.lint;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.swift.ScopeDecision;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.rules.CloudKitNotEnabled;
import dev.cdlint.rules.SwiftDataContainerNotFound;
import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One run's models, Core Data and SwiftData alike, linted one after the other: each read (an unreadable one is a
 * finding), given its configuration with the code's scopes under it, checked, and summarised.
 */
final class ModelRun {

    private final Linter linter;
    private final RuleEngine engine;
    private final Linter.Progress progress;
    private final LintRequest request;
    private final Path schemaInput;
    private final int total;
    final List<Finding> findings = new ArrayList<>();
    final ScopedConfigurations scoped = new ScopedConfigurations();
    final List<Path> notCloudKitEnabled = new ArrayList<>();
    final Map<Path, Map<String, String>> rulesNotRun = new LinkedHashMap<>();
    final List<ModelSummary> summaries = new ArrayList<>();
    final List<Path> linted = new ArrayList<>();

    ModelRun(Linter linter, RuleEngine engine, Linter.Progress progress, LintRequest request, Path schemaInput,
            int total) {
        this.linter = linter;
        this.engine = engine;
        this.progress = progress;
        this.request = request;
        this.schemaInput = schemaInput;
        this.total = total;
    }

    void lint(Path modelPath, Supplier<DataModel> reader, Function<DataModel, Map<String, CodeScopes.Decided>> code,
            Function<LintConfig, Optional<DeployedModel>> deployedModel) {
        linted.add(modelPath);
        progress.model(modelPath, linted.size(), total);
        LintConfig config = linter.configFor(modelPath, request);
        Path schemaPath = config.schema() != null ? config.schema() : schemaInput;
        DataModel model;
        try {
            model = reader.get();
        } catch (InputException unreadable) {
            // One unreadable model is a finding, not the end of the run: the others are still linted.
            findings.addAll(RuleEngine.unreadable(unreadable, config));
            return;
        }
        Map<String, CodeScopes.Decided> decided = code.apply(model);
        LintConfig checked = CodeScopes.applied(config, decided);
        Optional<DeployedModel> deployed = deployedModel.apply(checked);
        List<Finding> modelFindings = new ArrayList<>(engine.check(model, checked,
                Optional.ofNullable(schemaPath).map(linter::schema), deployed));
        // In a run over several models, those not checked (vendored, test or tutorial models, most often) are
        // counted once in the summary: one info each would drown what was found. A run over one model keeps
        // its info, which says why nothing was checked.
        if (total > 1 && modelFindings.removeIf(f -> f.rule().equals(CloudKitNotEnabled.ID))) {
            notCloudKitEnabled.add(modelPath);
        }
        findings.addAll(modelFindings);
        rulesNotRun.put(modelPath, engine.rulesNotRun(checked, schemaPath != null, deployed.isPresent()));
        scoped.served(config, model);
        ModelSummary summary = CodeScopes.summary(model, config, request.scopes(), decided);
        summaries.add(!request.summarize() ? summary : summary.withRecordTypes(Summaries.recordTypes(model, checked,
                Optional.ofNullable(schemaPath).map(linter::schema), schemaPath, deployed)));
    }

    /** The info on each configuration of a SwiftData model that no container code places. */
    void unplaced(SwiftDataModel swiftModel) {
        LintConfig config = linter.configFor(swiftModel.model().path(), request);
        Optional<RuleSettings> settings = Catalog.byId(SwiftDataContainerNotFound.ID)
                .flatMap(config::settingsFor);
        for (ScopeDecision decision : swiftModel.decisions()) {
            if (decision.outcome() != ScopeDecision.Outcome.UNPLACED || settings.isEmpty()
                    || config.scopes().containsKey(decision.configuration())) {
                continue;
            }
            Configuration configuration = swiftModel.model().current().configuration(decision.configuration())
                    .orElseThrow();
            List<Entity> members = swiftModel.model().current().members(configuration);
            findings.add(SwiftDataContainerNotFound.finding(members.get(0).location(), swiftModel.model().name(),
                    decision.configuration(), members.stream().map(Entity::name).collect(Collectors.joining(", ")),
                    settings.get().severity()));
        }
    }
}
