package dev.cdlint.diff;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import dev.cdlint.testing.Expectations.Expectation;
import dev.cdlint.testing.Expectations;
import dev.cdlint.testing.Findings;
import dev.cdlint.testing.Fixture;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model in {@code src/test/resources/diff/<case>/} that the corpus tests check against real production exports,
 * with the findings expected written beside their causes ({@link Expectations}). The schema rules' own fixtures
 * are under {@code fixtures/schema}.
 */
final class DiffFixture {

    final Path contents;
    final DataModel model;
    private final Path directory;

    private DiffFixture(Path directory) {
        this.directory = directory;
        this.contents = directory.resolve("Model.xcdatamodel/contents");
        this.model = ModelReader.read(directory.resolve("Model.xcdatamodel"));
    }

    static DiffFixture named(String name) {
        try {
            return new DiffFixture(Path.of(DiffFixture.class.getResource("/diff/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema rule's fixture, to check it in scopes its own configuration does not set. */
    static DiffFixture ofSchemaFixture(String name) {
        return new DiffFixture(Fixture.ROOT.resolve("schema").resolve(name));
    }

    Schema production() {
        return CkdbParser.parse(directory.resolve("production.ckdb"));
    }

    /** The findings of the schema rules, every configuration the model syncs checked in the scope given. */
    List<String> findings(Optional<Schema> production, DatabaseScope scope) {
        return findings(production, configuration -> scope);
    }

    List<String> findings(Optional<Schema> production, Function<Configuration, DatabaseScope> scopeOf) {
        return check(production, scopeOf, false).stream().map(Findings::key).toList();
    }

    /** As {@link #findings}, with {@code sharing: true} in the configuration when told. */
    List<Finding> check(Optional<Schema> production, Function<Configuration, DatabaseScope> scopeOf,
            boolean sharing) {
        return new RuleEngine(Catalog.rules(Family.SCHEMA)).check(model, config(scopeOf, sharing), production);
    }

    /** Scopes for the configurations the model marks "Used with CloudKit", and only those: naming one checks it. */
    private LintConfig config(Function<Configuration, DatabaseScope> scopeOf, boolean sharing) {
        Map<String, DatabaseScope> scopes = new LinkedHashMap<>();
        model.current().configurations().stream()
                .filter(Configuration::usedWithCloudKit)
                .forEach(configuration -> scopes.put(configuration.name(), scopeOf.apply(configuration)));
        return new LintConfig(null, null, scopes, Map.of(), null, Map.of(), sharing, List.of());
    }

    /** The expectations written in the model, in the form of {@link #findings}. */
    List<String> expectations() {
        return Expectations.readFrom(List.of(contents)).expected().stream().map(Expectation::key).toList();
    }
}
