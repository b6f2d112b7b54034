package dev.cdlint.diff;

import dev.cdlint.SharedCorpus;
import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.rules.RuleCatalog;
import dev.cdlint.rules.RuleEngine;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.SourceLocation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model and the production schema it is checked against, from {@code src/test/resources/diff/<case>/}, with the
 * findings expected, written next to their cause: {@code <!-- expect: rule CD_Type.CD_field -->} before the model
 * element the finding points at, or {@code // expect: rule CD_Type.CD_field} before a production field that
 * the finding points at the record type's root entity for. A severity after the target ({@code info}) is expected
 * where it differs from the rule's default; a target without a record type ({@code CD_moveReceipt}) is a finding
 * about the schema as a whole.
 */
final class DiffFixture {

    private static final Pattern MODEL_EXPECTATION = Pattern.compile(
            "<!--\\s*expect:\\s*(\\S+)\\s+(\\S+)(?:\\s+(info|warning|error))?\\s*-->");
    private static final Pattern SCHEMA_EXPECTATION = Pattern.compile(
            "//\\s*expect:\\s*(\\S+)\\s+(\\S+)(?:[ \\t]+(info|warning|error))?");

    final String name;
    final Path contents;
    final Path schemaFile;
    final DataModel model;

    private DiffFixture(String name, Path directory) {
        this.name = name;
        this.contents = directory.resolve("Model.xcdatamodel/contents");
        this.schemaFile = directory.resolve("production.ckdb");
        this.model = ModelReader.read(directory.resolve("Model.xcdatamodel"));
    }

    static DiffFixture named(String name) {
        try {
            return new DiffFixture(name, Path.of(DiffFixture.class.getResource("/diff/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Schema production() {
        return CkdbParser.parse(schemaFile);
    }

    /** The findings of the diff rules, every configuration the model syncs checked in the scope given. */
    List<String> findings(Optional<Schema> production, DatabaseScope scope) {
        return findings(production, configuration -> scope);
    }

    List<String> findings(Optional<Schema> production, Function<Configuration, DatabaseScope> scopeOf) {
        return check(production, scopeOf).stream().map(this::describe).toList();
    }

    List<Finding> check(Optional<Schema> production, Function<Configuration, DatabaseScope> scopeOf) {
        return check(production, scopeOf, false);
    }

    /** As {@link #check(Optional, Function)}, with {@code sharing: true} in the configuration when told. */
    List<Finding> check(Optional<Schema> production, Function<Configuration, DatabaseScope> scopeOf,
            boolean sharing) {
        return new RuleEngine(SchemaDiffRules.ALL).check(model, config(scopeOf, sharing), production);
    }

    /** Scopes for the configurations the model marks "Used with CloudKit", and only those: naming one checks it. */
    private LintConfig config(Function<Configuration, DatabaseScope> scopeOf, boolean sharing) {
        Map<String, DatabaseScope> scopes = new LinkedHashMap<>();
        model.current().configurations().stream()
                .filter(Configuration::usedWithCloudKit)
                .forEach(configuration -> scopes.put(configuration.name(), scopeOf.apply(configuration)));
        return new LintConfig(null, null, scopes, Map.of(), null, Map.of(), sharing, List.of());
    }

    /** The expectations of both files, in the same form as {@link #findings}. */
    List<String> expectations() {
        List<String> expected = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> lines = SharedCorpus.read(contents).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher expectation = MODEL_EXPECTATION.matcher(line);
            if (expectation.find()) {
                pending.add(expectation.group(1) + " " + expectation.group(2) + " "
                        + severity(expectation.group(1), expectation.group(3)));
            } else if (line.trim().startsWith("<") && !line.trim().startsWith("<!--")) {
                SourceLocation element = new SourceLocation(contents, i + 1, line.indexOf('<') + 1);
                pending.forEach(target -> expected.add(target + " @" + element));
                pending.clear();
            }
        }
        // A fixture whose production schema is a corpus export has no production.ckdb of its own.
        String schema = Files.exists(schemaFile) ? SharedCorpus.read(schemaFile) : "";
        Matcher expectation = SCHEMA_EXPECTATION.matcher(schema);
        while (expectation.find()) {
            String recordType = expectation.group(2).split("\\.")[0];
            SourceLocation rootEntity = model.current().entity(recordType.substring("CD_".length()))
                    .orElseThrow(() -> new IllegalStateException(name + ": no entity for " + recordType))
                    .location();
            expected.add(expectation.group(1) + " " + expectation.group(2) + " "
                    + severity(expectation.group(1), expectation.group(3)) + " @" + rootEntity);
        }
        return expected;
    }

    private static String severity(String rule, String written) {
        return written != null ? written : RuleCatalog.byId(rule).orElseThrow().defaultSeverity().id();
    }

    private String describe(Finding finding) {
        String target = finding.recordType() == null ? finding.field()
                : finding.recordType() + (finding.field() == null ? "" : "." + finding.field());
        return finding.rule() + " " + target + " " + finding.severity().id() + " @" + finding.location();
    }
}
