package dev.cdlint.maven;

import dev.cdlint.config.ExcludeGlob;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.InputException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals share: which models, which configuration, and {@code skip}. */
abstract class CdlintMojo extends AbstractMojo {

    /** The project folder, searched for models when {@code models} is not set. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The folder Maven was started in (the reactor root of a multi-module build): report files name models relative
     * to it, as GitHub resolves annotations and SARIF against the checkout's root.
     */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private File executionRootDirectory;

    /**
     * The models to lint; by default every {@code .xcdatamodeld} (and loose {@code .xcdatamodel}) in the project,
     * and its SwiftData {@code @Model} classes.
     */
    @Parameter(property = "cdlint.models")
    private List<File> models = List.of();

    /** The configuration file; by default the nearest {@code .cdlint.yml} above each model. */
    @Parameter(property = "cdlint.configFile")
    private File configFile;

    /**
     * Configurations to check and the database each syncs to, as {@code Configuration=scope}
     * ({@code private}, {@code public} or {@code shared}; {@code none} leaves a configuration unchecked even when
     * the model marks it "Used with CloudKit"); overrides {@code scopes:} in {@code .cdlint.yml}.
     */
    @Parameter(property = "cdlint.scopes")
    private List<String> scopes = List.of();

    /**
     * Models not to lint: globs relative to the project folder, as {@code exclude:} in {@code .cdlint.yml} (which is
     * honoured too), such as {@code Vendor} or {@code **}{@code /Tests/Fixtures}. Each excludes what it names and
     * everything under it.
     */
    @Parameter(property = "cdlint.excludes")
    private List<String> excludes = List.of();

    /** Where the report files ({@code outputFormats}) and the {@code schema} goal's {@code .ckdb} files go. */
    @Parameter(property = "cdlint.outputDirectory", defaultValue = "${project.build.directory}/cdlint")
    private File outputDirectory;

    /** Skips cdlint. */
    @Parameter(property = "cdlint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping cdlint (cdlint.skip is set)");
            return;
        }
        List<Path> selected = models.isEmpty() ? projectModels() : models.stream().map(File::toPath).toList();
        // One linter for the goal: the configurations read to exclude models are not parsed again to lint them.
        Linter linter = new Linter(RuleEngine.withAllRules(), (model, index, total) ->
                getLog().debug("cdlint: [" + index + "/" + total + "] " + reportRoot().absolute(model)));
        selected = withoutExcluded(selected, linter);
        if (selected.isEmpty()) {
            getLog().info("cdlint: no Core Data model or SwiftData @Model class in " + baseDirectory
                    + "; nothing to check");
            return;
        }
        execute(selected, linter);
    }

    /**
     * Every Core Data model under the project folder; and the folder itself when its Swift mentions SwiftData, so
     * that the linter reads its {@code @Model} classes and container code as {@code cdlint check} does.
     */
    private List<Path> projectModels() {
        Path base = baseDirectory.toPath();
        List<Path> found = new ArrayList<>(ModelFinder.findModels(base));
        if (SwiftModels.mentionedUnder(base)) {
            found.add(base);
        }
        return found;
    }

    private List<Path> withoutExcluded(List<Path> models, Linter linter) throws MojoExecutionException {
        LintRequest request;
        try {
            request = new LintRequest(models, configFile(), null, scopes(), null, null,
                    ExcludeGlob.parseAll(baseDirectory.toPath(), excludes));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("excludes: " + e.getMessage(), e);
        }
        List<Path> kept;
        try {
            kept = models.stream().filter(model -> !linter.excluded(model, request)).toList();
        } catch (InputException e) {
            throw new MojoExecutionException(e.describe(), e);
        }
        if (kept.size() < models.size()) {
            int skipped = models.size() - kept.size();
            getLog().info("cdlint: skipping " + skipped + (skipped == 1 ? " excluded model" : " excluded models"));
        }
        return kept;
    }

    protected abstract void execute(List<Path> models, Linter linter)
            throws MojoExecutionException, MojoFailureException;

    protected Path outputDirectory() {
        return outputDirectory.toPath();
    }

    protected Path configFile() {
        return path(configFile);
    }

    protected static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    protected Map<String, DatabaseScope> scopes() throws MojoExecutionException {
        try {
            return DatabaseScope.parseAssignments(scopes);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("scopes: " + e.getMessage(), e);
        }
    }

    /**
     * The folder report files name paths relative to: where Maven was started, the reactor root, so that a report
     * of a module resolves from the checkout's root as CI services read it. The log uses absolute paths instead,
     * as the compiler plugin does, so that IDEs and terminals link them wherever the build ran.
     */
    protected WorkingDirectory reportRoot() {
        return new WorkingDirectory(executionRootDirectory.toPath());
    }
}
