package dev.cdlint.testing;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.check.Check;
import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.logs.LogAnalysis;
import dev.cdlint.logs.LogReport;
import dev.cdlint.source.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One folder of inputs under {@code src/test/resources/fixtures/<family>/<case>/}, as a user has them, with the
 * findings expected written beside their causes ({@link Expectations}). The case is named after the check it is
 * about ({@code relationship-deny-rule}, {@code relationship-deny-rule.inherited}).
 *
 * <p>It runs through the real pipeline: {@code cdlint check} on the folder for every family but the logs, with
 * {@code production.ckdb} as {@code --against} and {@code deployed.*} as {@code --against-model} when the folder
 * holds them (the other entries are then the inputs); with a {@code revision} folder, the tree at the deployed git
 * revision, it runs {@code --against-ref} in a git repository made of the two ({@link GitRevisionFixture}); and
 * {@code cdlint logs} on the folder's {@code *.log} files
 * for the logs, without the marker lines (line numbers are mapped back). Only the findings of the checks the fixture is
 * about are compared: the one it is named after and those its markers name.
 */
public record Fixture(Family family, String name, Path folder) {

    public static final Path ROOT = Path.of("src/test/resources/fixtures");

    private static final String PRODUCTION = "production.ckdb";
    private static final String DEPLOYED = "deployed.";

    /** Every fixture of every family, by folder name. */
    public static List<Fixture> all() {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path familyFolder : children(ROOT)) {
            String familyId = familyFolder.getFileName().toString();
            Family family = Arrays.stream(Family.values()).filter(f -> f.id().equals(familyId)).findFirst()
                    .orElseThrow(() -> new AssertionError(familyFolder + " is not named after a family of checks"));
            for (Path folder : children(familyFolder)) {
                fixtures.add(new Fixture(family, folder.getFileName().toString(), folder));
            }
        }
        return fixtures;
    }

    /** The check the fixture is named after; a folder named after nothing of its family fails the run. */
    public Check subject() {
        String id = name.split("\\.")[0];
        return Catalog.byId(id).filter(check -> Catalog.familyOf(check) == family).orElseThrow(() ->
                new AssertionError(folder + " is named after '" + id + "', which is no check of the " + family.id()
                        + " family"));
    }

    public Expectations expectations() {
        return Expectations.readFrom(files());
    }

    /** The checks whose findings are compared: the subject and every check a marker names. */
    public Set<String> comparedChecks() {
        Set<String> checks = new LinkedHashSet<>();
        checks.add(subject().id());
        Expectations expectations = expectations();
        expectations.expected().forEach(e -> checks.add(e.rule()));
        expectations.quiet().forEach(q -> checks.add(q.rule()));
        return checks;
    }

    /** The findings of the compared checks, as the pipeline reports them. */
    public List<Reported> run() {
        Set<String> compared = comparedChecks();
        List<Reported> reported = family == Family.LOGS ? diagnose() : Reported.once(check());
        return reported.stream().filter(r -> compared.contains(r.finding().rule())).toList();
    }

    private List<Finding> check() {
        List<Path> entries = children(folder);
        if (entries.stream().anyMatch(p -> name(p).equals(GitRevisionFixture.REVISION))) {
            return GitRevisionFixture.check(folder, entries);
        }
        Path production = entries.stream().filter(p -> name(p).equals(PRODUCTION)).findFirst().orElse(null);
        Path deployed = entries.stream().filter(p -> name(p).startsWith(DEPLOYED)).findFirst().orElse(null);
        List<Path> inputs = production == null && deployed == null ? List.of(folder) : entries.stream()
                .filter(p -> p != production && p != deployed && !name(p).startsWith(".")).toList();
        return new Linter().lint(new LintRequest(inputs, null, production, Map.of(), deployed, null)).findings();
    }

    /**
     * Each diagnosis as a finding at its log line, named by the model element or else the CloudKit names. The
     * reader sees each log without its marker lines, which could otherwise split or join its messages; lines are
     * mapped back to the file's own numbers.
     */
    private List<Reported> diagnose() {
        Map<Path, int[]> lineNumbers = new HashMap<>();
        List<LogAnalysis.Source> logs = new ArrayList<>();
        for (Path log : children(folder).stream().filter(p -> name(p).endsWith(".log")).toList()) {
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            List<String> all = Arrays.asList(read(log).split("\n", -1));
            for (int i = 0; i < all.size(); i++) {
                if (!Expectations.isMarker(all.get(i))) {
                    lines.add(all.get(i));
                    numbers.add(i + 1);
                }
            }
            lineNumbers.put(log, numbers.stream().mapToInt(Integer::intValue).toArray());
            byte[] text = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
            logs.add(LogAnalysis.Source.stream(log, new ByteArrayInputStream(text)));
        }
        LogReport report = LogAnalysis.analyse(logs, null, null, folder);
        return report.diagnoses().stream().map(d -> new Reported(new Finding(d.kind().id(), d.severity(),
                d.message(), new SourceLocation(d.log(), lineNumbers.get(d.log())[d.line() - 1], 0), d.entity(),
                d.property(), null, d.recordType(), d.field()), d.count())).toList();
    }

    /** As bytes are, one char each, so that a log's bytes reach the reader unchanged. */
    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file of the fixture, where markers may be. */
    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    @Override
    public String toString() {
        return family.id() + "/" + name;
    }
}
