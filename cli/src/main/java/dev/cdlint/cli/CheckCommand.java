package dev.cdlint.cli;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.mapping.DatabaseScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lints models: what CloudKit mirroring rejects, what the public database needs and, with"
                + " --against, what the production schema lacks.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Models (.xcdatamodeld, .xcdatamodel, a"
            + " contents file), directories to search for models, or .ckdb production schemas.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--against", paramLabel = "FILE", description = "The production schema, exported with"
            + " 'cktool export-schema --environment production' (overrides schema: in .cdlint.yml).")
    Path against;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: the nearest"
            + " .cdlint.yml above each model).")
    Path config;

    @Option(names = "--scope", paramLabel = "CONFIG=SCOPE", description = "The database a configuration syncs"
            + " to: private, public or shared; checks that configuration. Repeatable.")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "Exit with 1 when a"
            + " finding is at or above LEVEL: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Severity failLevel = failLevel();
        LintResult result = new Linter().lint(new LintRequest(paths, config, against, parseScopes()));
        StringBuilder text = new StringBuilder();
        for (Finding finding : result.findings()) {
            text.append(finding.location()).append(": ").append(finding.severity().id()).append(": ")
                    .append(finding.message()).append(" [").append(finding.rule()).append("]\n");
        }
        output.write(text.toString());
        return result.reaches(failLevel) ? Main.FINDINGS : Main.OK;
    }

    private Severity failLevel() {
        if (failOn.equals("never")) {
            return null;
        }
        return Severity.fromId(failOn).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--fail-on: '" + failOn + "' is not a level; use error, warning, info or never"));
    }

    private Map<String, DatabaseScope> parseScopes() {
        Map<String, DatabaseScope> parsed = new LinkedHashMap<>();
        for (String scope : scopes) {
            int equals = scope.indexOf('=');
            if (equals <= 0) {
                throw new ParameterException(spec.commandLine(), "--scope: expected CONFIG=SCOPE, such as"
                        + " Public=public, but found '" + scope + "'");
            }
            String value = scope.substring(equals + 1);
            parsed.put(scope.substring(0, equals), DatabaseScope.fromId(value).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "--scope: '" + value + "' is not a database scope;"
                            + " use one of " + Scopes.choices())));
        }
        return parsed;
    }
}
