package dev.cdlint.maven;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.ControlCharacters;
import dev.cdlint.report.Messages;
import dev.cdlint.report.Report;
import dev.cdlint.report.ToolVersion;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.InputException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Core Data models and fails the build when findings reach {@code failOn}. Findings are
 * logged as {@code /absolute/path:line:col: message [rule]}, at Maven's error, warning or info level, as the
 * compiler plugin logs its errors; report files name paths relative to the folder Maven was started in.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends CdlintMojo {

    /** The level at which the build fails: error, warning, info or never. */
    @Parameter(property = "cdlint.failOn", defaultValue = "error")
    private String failOn;

    /**
     * The production schema, exported with {@code cktool export-schema --environment production}; overrides
     * {@code schema:} in {@code .cdlint.yml}.
     */
    @Parameter(property = "cdlint.productionSchema")
    private File productionSchema;

    /**
     * The git revision production was deployed from (a branch such as {@code origin/main}, or a release tag): each
     * model is compared with itself there, for the changes production cannot follow. Overrides {@code against-ref:}
     * in {@code .cdlint.yml}.
     */
    @Parameter(property = "cdlint.againstRef")
    private String againstRef;

    /** Report formats to write under {@code outputDirectory}: text, xcode, json, sarif, junit, checkstyle, github. */
    @Parameter(property = "cdlint.outputFormats")
    private List<String> outputFormats = List.of();

    @Override
    protected void execute(List<Path> models, Linter linter) throws MojoExecutionException, MojoFailureException {
        Optional<Severity> failLevel = failLevel();
        WorkingDirectory root = reportRoot();
        LintResult result;
        try {
            getLog().info("cdlint: checking " + models.size() + (models.size() == 1 ? " model" : " models"));
            result = linter.lint(new LintRequest(models, configFile(), path(productionSchema), scopes(), null,
                    againstRef));
        } catch (InputException e) {
            throw new MojoExecutionException(ControlCharacters.escape(e.describe()), e);
        }
        for (Finding finding : result.findings()) {
            String line = ControlCharacters.escape(root.displayAbsolute(finding.location())) + ": "
                    + ControlCharacters.escape(Messages.oneLine(finding.message())) + " [" + finding.rule() + "]";
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        Report report = new Report(ToolVersion.current(), root, result.models(), result.findings(),
                Catalog.rules(), BaselineCounts.NONE, failLevel, result.rulesNotRun(), result.notCloudKitEnabled().size(),
                result.summaries());
        List<Path> reports = Reports.write(report, outputFormats, outputDirectory(), result.inputs());
        String written = reports.isEmpty() ? "" : " Reports: " + String.join(", ",
                reports.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        report.notCloudKitEnabledNote().ifPresent(note -> getLog().info("cdlint: " + note));
        if (report.reaches()) {
            throw new MojoFailureException("cdlint: " + report.summary() + " The build fails on " + failOn
                    + " (failOn)." + written);
        }
        getLog().info("cdlint: " + report.summary() + written);
    }

    private Optional<Severity> failLevel() throws MojoExecutionException {
        try {
            return Severity.failLevel(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOn: " + e.getMessage(), e);
        }
    }
}
