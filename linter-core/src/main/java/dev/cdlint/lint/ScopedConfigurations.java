package dev.cdlint.lint;

import dev.cdlint.config.LintConfig;
import dev.cdlint.model.DataModel;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every configuration given a scope ({@code scopes:} in a {@code .cdlint.yml}, or {@code --scope}) is
 * one the models have: a misspelt name would otherwise leave the configuration it meant unchecked, in silence.
 * A {@code .cdlint.yml} may serve several models, so a name is unknown only when none of the models it served
 * in the run has it.
 */
final class ScopedConfigurations {

    private record Use(LintConfig config, List<Path> models, Set<String> configurations) {}

    /** Per {@code .cdlint.yml} (the null key: none), the configurations of the models it served. */
    private final Map<Path, Use> uses = new LinkedHashMap<>();

    void served(LintConfig config, DataModel model) {
        Use use = uses.computeIfAbsent(config.file(), file -> new Use(config, new ArrayList<>(), new TreeSet<>()));
        use.models().add(model.path());
        model.current().configurations().forEach(c -> use.configurations().add(c.name()));
    }

    /** Throws at the first name no model has: at its YAML line, or naming {@code --scope} when it came from there. */
    void requireKnown(Map<String, ?> commandLineScopes) {
        for (Use use : uses.values()) {
            for (String name : use.config().scopes().keySet()) {
                if (use.configurations().contains(name)) {
                    continue;
                }
                String known = (use.models().size() == 1 ? "; the model has " : "; the models have ")
                        + String.join(", ", use.configurations());
                SourceLocation inYaml = use.config().scopeKeys().get(name);
                if (commandLineScopes.containsKey(name) || inYaml == null) {
                    throw new InputException(SourceLocation.ofFile(use.models().get(0)), "--scope "
                            + Excerpt.quoted(name, Excerpt.VALUE) + ": no configuration of that name" + known);
                }
                throw new InputException(inYaml, "scopes: no configuration " + Excerpt.quoted(name, Excerpt.VALUE) + known);
            }
        }
    }
}
