package dev.cdlint.cli;

import dev.cdlint.baseline.Baseline;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.config.ExcludeGlob;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.ControlCharacters;
import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.ToolVersion;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.OutputFile;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lints models: what CloudKit mirroring rejects, what the public database needs, with"
                + " --against what the production schema lacks and, with --against-model or --against-ref, the"
                + " changes since the deployed model that production cannot follow.")
final class CheckCommand implements Callable<Integer> {

    /** Below this many models a run is quick enough that progress lines would only be noise. */
    private static final int PROGRESS_FROM_MODELS = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Models (.xcdatamodeld, .xcdatamodel, a"
            + " contents file), directories to search for models, or .ckdb production schemas.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--against", paramLabel = "FILE", description = "The production schema, exported with"
            + " 'cktool export-schema --environment production' (overrides schema: in .cdlint.yml).")
    Path against;

    @Option(names = "--against-model", paramLabel = "MODEL", description = "The model production was deployed"
            + " from (.xcdatamodeld, .xcdatamodel or contents; Bundle.xcdatamodeld/Old.xcdatamodel for an older"
            + " version of the same bundle): reports the changes production cannot follow.")
    Path againstModel;

    @Option(names = "--against-ref", paramLabel = "REF", description = "The git revision production was deployed"
            + " from (a branch, tag or commit, such as a release tag): compares each model with itself there"
            + " (overrides against-ref: in .cdlint.yml).")
    String againstRef;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: the nearest"
            + " .cdlint.yml above each model).")
    Path config;

    @Option(names = "--scope", paramLabel = "CONFIG=SCOPE", description = "The database a configuration syncs"
            + " to: private, public or shared, which checks that configuration; or none, which leaves it unchecked"
            + " even when the model marks it Used with CloudKit (a local-only store). Repeatable.")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Do not lint models at or under paths"
            + " matching GLOB, relative to the working directory (as exclude: in .cdlint.yml). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this"
            + " baseline, and say how many baselined ones are gone.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record today's findings in FILE, to"
            + " pass as --baseline later.")
    Path writeBaseline;

    @Mixin
    ReportOptions reporting;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        ReportFormat reportFormat = reporting.format();
        Optional<Severity> failLevel = reporting.failLevel();
        if (againstModel != null && againstRef != null) {
            throw new ParameterException(spec.commandLine(), "--against-model and --against-ref both name the"
                    + " deployed model; give one");
        }
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        LintResult result = new Linter(RuleEngine.withAllRules(), progress())
                .lint(new LintRequest(paths, config, against, parseScopes(), againstModel, againstRef,
                        excludeGlobs()));
        Path workingDirectory = Path.of("").toAbsolutePath();

        List<Finding> findings = result.findings();
        BaselineCounts counts = BaselineCounts.NONE;
        if (accepted != null) {
            Baseline.Result applied = accepted.apply(findings);
            findings = applied.newFindings();
            counts = applied.counts();
        }
        // Every output is checked against everything the run read before anything is written.
        List<Path> inputs = new ArrayList<>(result.inputs());
        Optional.ofNullable(baseline).ifPresent(inputs::add);
        OutputFile reportFile = output.target(inputs);
        OutputFile baselineFile = writeBaseline == null ? null : OutputFile.check(writeBaseline, inputs);
        if (reportFile != null && baselineFile != null && reportFile.path().equals(baselineFile.path())) {
            throw new ParameterException(spec.commandLine(), "--output and --write-baseline name the same file");
        }
        if (baselineFile != null) {
            writeBaseline(result.findings(), baselineFile, workingDirectory);
        }
        Report report = new Report(ToolVersion.current(), new WorkingDirectory(workingDirectory), result.models(),
                findings, Catalog.rules(), counts, failLevel, result.rulesNotRun(),
                result.notCloudKitEnabled().size(), result.summaries());
        StringWriter text = new StringWriter();
        try {
            reportFormat.reporter(output.isTerminal(), System.getenv()).write(report, text);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        output.write(text.toString(), reportFile);
        // Writing a baseline accepts today's findings, so it succeeds: an adoption script under set -e goes on.
        if (writeBaseline != null || !report.reaches()) {
            return Main.OK;
        }
        output.sayWhyTheRunFails(report.summary(), reporting.failOn);
        return Main.FINDINGS;
    }

    private void writeBaseline(List<Finding> findings, OutputFile file, Path workingDirectory) {
        try {
            Baseline.write(findings, file, workingDirectory);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(writeBaseline), "cannot write the baseline: "
                    + IoReasons.of(e), e);
        }
        spec.commandLine().getErr().println("cdlint: wrote " + findings.size() + " findings to "
                + ControlCharacters.escape(writeBaseline.toString()));
    }

    /** A line per model on standard error, only for long runs and only where someone is watching. */
    private Linter.Progress progress() {
        if (System.console() == null) {
            return Linter.Progress.NONE;
        }
        return (model, index, total) -> {
            if (total >= PROGRESS_FROM_MODELS) {
                spec.commandLine().getErr().printf("cdlint: [%d/%d] %s%n", index, total,
                        ControlCharacters.escape(model.toString()));
            }
        };
    }

    private List<ExcludeGlob> excludeGlobs() {
        try {
            return ExcludeGlob.parseAll(Path.of(""), excludes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--exclude: " + e.getMessage());
        }
    }

    private Map<String, DatabaseScope> parseScopes() {
        try {
            return DatabaseScope.parseAssignments(scopes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scope: " + e.getMessage());
        }
    }
}
