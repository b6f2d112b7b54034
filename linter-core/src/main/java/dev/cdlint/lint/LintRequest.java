package dev.cdlint.lint;

import dev.cdlint.config.ExcludeGlob;
import dev.cdlint.mapping.DatabaseScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to lint and how, as the CLI and the Maven plugin receive it.
 *
 * @param inputs models ({@code .xcdatamodeld}, {@code .xcdatamodel}, a {@code contents} file), directories to
 *     search for models, and {@code .ckdb} production schemas
 * @param configFile {@code --config}: used for every model instead of the nearest {@code .cdlint.yml}; may be null
 * @param against {@code --against}: the production schema, overriding {@code schema:} in the configuration; may be
 *     null
 * @param scopes {@code --scope CONFIG=SCOPE}: override {@code scopes:} in the configuration
 * @param againstModel {@code --against-model}: the model production was deployed from; may be null
 * @param againstRef {@code --against-ref}: the git revision production was deployed from, overriding
 *     {@code against-ref:} in the configuration; may be null
 * @param excludes {@code --exclude GLOB}: models not to lint, on top of {@code exclude:} in the configuration
 * @param summarize whether to add a {@link ModelSummary} per model to the result, for a report that draws one (HTML)
 */
public record LintRequest(List<Path> inputs, Path configFile, Path against, Map<String, DatabaseScope> scopes,
        Path againstModel, String againstRef, List<ExcludeGlob> excludes, boolean summarize) {

    public LintRequest {
        inputs = List.copyOf(inputs);
        scopes = Map.copyOf(scopes);
        excludes = List.copyOf(excludes);
    }

    /** Without summaries: what every format but HTML needs. */
    public LintRequest(List<Path> inputs, Path configFile, Path against, Map<String, DatabaseScope> scopes,
            Path againstModel, String againstRef, List<ExcludeGlob> excludes) {
        this(inputs, configFile, against, scopes, againstModel, againstRef, excludes, false);
    }

    public LintRequest(List<Path> inputs, Path configFile, Path against, Map<String, DatabaseScope> scopes,
            Path againstModel, String againstRef) {
        this(inputs, configFile, against, scopes, againstModel, againstRef, List.of());
    }

    /** Without a deployed model, unless the configuration names a revision. */
    public LintRequest(List<Path> inputs, Path configFile, Path against, Map<String, DatabaseScope> scopes) {
        this(inputs, configFile, against, scopes, null, null);
    }

    public static LintRequest of(Path... inputs) {
        return new LintRequest(List.of(inputs), null, null, Map.of());
    }

    /** The same request, with a {@link ModelSummary} per model in the result or without. */
    public LintRequest summarizing(boolean summaries) {
        return new LintRequest(inputs, configFile, against, scopes, againstModel, againstRef, excludes, summaries);
    }
}
