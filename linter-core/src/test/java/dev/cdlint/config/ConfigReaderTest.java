package dev.cdlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.Check;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What .cdlint.yml may say, and the error, at its line and column, for each way of getting it wrong. */
class ConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEverySetting() throws IOException {
        LintConfig config = ConfigReader.read(write("""
                schema: cloudkit/production.ckdb
                scopes:
                  Default: private
                  Public: public
                rules:
                  decimal-precision: off
                  transformable-without-transformer: error
                  record-type-field-limit:
                    severity: info
                    warn-above: 180
                  public-soft-delete-attribute:
                    attributes: [deletedAt, archivedAt]
                """));

        assertThat(config.schema()).isEqualTo(dir.resolve("cloudkit/production.ckdb"));
        assertThat(config.scopes()).containsEntry("Default", DatabaseScope.PRIVATE)
                .containsEntry("Public", DatabaseScope.PUBLIC);
        assertThat(config.settingsFor(rule("decimal-precision"))).isEmpty();
        assertThat(config.settingsFor(rule("transformable-without-transformer")).orElseThrow().severity())
                .isEqualTo(Severity.ERROR);
        assertThat(config.settingsFor(rule("record-type-field-limit")).orElseThrow().options())
                .containsEntry("warn-above", 180);
        assertThat(config.settingsFor(rule("public-soft-delete-attribute")).orElseThrow().options())
                .containsEntry("attributes", List.of("deletedAt", "archivedAt"));
    }

    @Test
    void anEmptyFileIsTheDefaults() throws IOException {
        LintConfig config = ConfigReader.read(write("# nothing yet\n"));

        assertThat(config.scopes()).isEmpty();
        assertThat(config.settingsFor(rule("decimal-precision")).orElseThrow().severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() throws IOException {
        Path file = write("scopes:\n  Default: private\nshcema: production.ckdb\n");

        assertError(file, 3, 1, "unknown key 'shcema'; known: schema, scopes, rules, against-ref, sharing, exclude");
    }

    @Test
    void againstRefNamesTheRevisionProductionWasDeployedFrom() throws IOException {
        assertThat(ConfigReader.read(write("against-ref: origin/main\n")).againstRef()).isEqualTo("origin/main");
        assertThat(ConfigReader.read(write("scopes:\n  Default: private\n")).againstRef()).isNull();
        assertError(write("against-ref:\n"), 1, 13, "against-ref: expected a value, found nothing");
    }

    @Test
    void anUnknownRuleIsAnErrorAtItsLine() throws IOException {
        Path file = write("rules:\n  decimal-precison: off\n");

        assertError(file, 2, 3, "unknown rule 'decimal-precison'; known: ");
    }

    @Test
    void aBadLevelIsAnErrorAtTheValue() throws IOException {
        Path file = write("rules:\n  decimal-precision: loud\n");

        assertError(file, 2, 22, "rules.decimal-precision: 'loud' is not a level; use off, info, warning or error");
    }

    @Test
    void anUnknownOptionNamesTheOnesTheRuleHas() throws IOException {
        Path file = write("rules:\n  record-type-field-limit:\n    warn-over: 180\n");

        assertError(file, 3, 5, "unknown option of record-type-field-limit 'warn-over'; known: severity, warn-above");
    }

    @Test
    void aBadOptionValueIsAnErrorAtTheValue() throws IOException {
        Path file = write("rules:\n  record-type-field-limit:\n    warn-above: many\n");

        assertError(file, 3, 17, "rules.record-type-field-limit.warn-above: 'many' is not a whole number");
    }

    @Test
    void aScopeThatIsNotOneIsAnError() throws IOException {
        Path file = write("scopes:\n  Public: world\n");

        assertError(file, 2, 11, "scopes.Public: 'world' is not a database scope; use one of private, public, shared");
    }

    @Test
    void malformedYamlIsAnErrorAtItsPosition() throws IOException {
        Path file = write("scopes:\n  Default: [private\n");

        assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("malformed YAML: ")
                .satisfies(e -> assertThat(((InputException) e).location().line()).isPositive());
    }

    @Test
    void malformedYamlIsSaidInOneLine() throws IOException {
        Path file = write("scopes:\n  Default: [private\n");

        assertError(file, 3, 1, "malformed YAML: while parsing a flow sequence: expected ',' or ']', but got");
        assertThatThrownBy(() -> ConfigReader.read(file)).message().doesNotContain("\n");
    }

    @Test
    void anAliasIsAnErrorAtTheAlias() throws IOException {
        Path file = write("scopes:\n  Default: &database private\n  Public: *database\n");

        assertError(file, 3, 11, "an alias (*database); write the value itself");
    }

    @Test
    void valuesNestedTooDeeplyAreAnError() throws IOException {
        Path file = write("exclude: " + "[".repeat(150) + "]".repeat(150) + "\n");

        assertError(file, 1, 110, "values nested more than 100 levels deep");
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecond() throws IOException {
        Path file = write("rules:\n  decimal-precision: off\n  decimal-precision: error\n");

        assertError(file, 3, 3, "duplicate key 'decimal-precision', first at line 2");
    }

    @Test
    void aSecondDocumentIsAnErrorAtItsStart() throws IOException {
        Path file = write("---\nscopes:\n  Default: private\n# the public store\n---\nscopes:\n  Public: public\n");

        assertError(file, 5, 1, "a second YAML document ('---')");
    }

    @Test
    void anEmptySecondDocumentIsAnErrorToo() throws IOException {
        Path file = write("scopes: {}\n...\n--- \n");

        assertError(file, 3, 1, "a second YAML document ('---')");
    }

    @Test
    void aSchemaOutsideTheConfigurationsFolderIsRefused() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("token.ckdb"), "ghp_secret SCHEMA\n");
        for (String outside : List.of("../token.ckdb", dir.resolve("token.ckdb").toString(), "a/../../token.ckdb")) {
            Path file = Files.writeString(project.resolve(LintConfig.FILE_NAME), "schema: " + outside + "\n");

            assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(InputException.class)
                    .hasMessageContaining("is outside the folder that holds .cdlint.yml")
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void aSymlinkedSchemaPointingOutsideIsRefused() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.writeString(dir.resolve("token.ckdb"), "ghp_secret SCHEMA\n");
        Files.createSymbolicLink(project.resolve("production.ckdb"), outside);
        Files.createDirectories(project.resolve("cloudkit"));
        Files.createSymbolicLink(project.resolve("cloudkit/up"), dir);
        for (String linked : List.of("production.ckdb", "cloudkit/up/token.ckdb")) {
            Path file = Files.writeString(project.resolve(LintConfig.FILE_NAME), "schema: " + linked + "\n");

            assertError(file, 1, 9, "is outside the folder that holds .cdlint.yml");
        }
    }

    @Test
    void aSchemaInsideTheTreeIsAccepted() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project/cloudkit"));
        Files.createSymbolicLink(project.resolve("current.ckdb"), Files.writeString(project.resolve("v2.ckdb"), ""));
        Path file = Files.writeString(dir.resolve("project/" + LintConfig.FILE_NAME), "schema: ./cloudkit/../cloudkit"
                + "/current.ckdb\n");

        assertThat(ConfigReader.read(file).schema()).isEqualTo(project.resolve("current.ckdb"));
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeItIsParsed() throws IOException {
        Path file = write("rules:\n  decimal-precision: " + "x".repeat((int) YamlTreeReader.MAX_BYTES) + "\n");

        assertError(file, 0, 0, "a .cdlint.yml may hold at most 1048576 (1 MiB)");
    }

    @Test
    void aValueIsQuotedShortAndInert() throws IOException {
        Path file = write("scopes:\n  Public: \"pub\\e[2J" + "x".repeat(100) + "\"\n");

        assertError(file, 2, 11, "scopes.Public: 'pub\\u001B[2J" + "x".repeat(25) + "…' is not a database scope");
    }

    @Test
    void theNearestFileAboveAModelIsFound() throws IOException {
        Path config = write("scopes: {}\n");
        Path model = Files.createDirectories(dir.resolve("App/Model.xcdatamodeld/Model.xcdatamodel"));

        assertThat(ConfigReader.find(model)).contains(config);
        assertThat(ConfigReader.find(dir.getParent())).isEmpty();
    }

    /** A repository whose .cdlint.yml links to a credentials file elsewhere on the machine. */
    @Test
    void aFoundFileThatLinksOutsideItsFolderIsRefusedUnread(@TempDir Path home) throws IOException {
        Path credentials = Files.writeString(home.resolve(".git-credentials"), SECRET + "\n");
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.createSymbolicLink(repository.resolve(LintConfig.FILE_NAME), credentials);
        Path model = Files.createDirectories(repository.resolve("App/Model.xcdatamodel"));

        assertThatThrownBy(() -> ConfigReader.find(model)).isInstanceOf(InputException.class)
                .hasMessageContaining("it is a symbolic link to a file outside the folder that holds it")
                .hasMessageNotContaining("alice").hasMessageNotContaining(home.toString());
    }

    @Test
    void aFoundFileThatLinksInsideItsFolderIsRead() throws IOException {
        Path app = Files.createDirectories(dir.resolve("App"));
        Path shared = Files.writeString(Files.createDirectories(app.resolve("config")).resolve("cdlint.yml"),
                "scopes: {}\n");
        Path link = Files.createSymbolicLink(app.resolve(LintConfig.FILE_NAME), shared);

        assertThat(ConfigReader.find(app.resolve("Model.xcdatamodel"))).contains(link);
    }

    /** A file named with --config is read, but a file that is one value is quoted no further than a token. */
    @Test
    void aFileThatIsOneValueIsQuotedAsAToken() throws IOException {
        Path file = write(SECRET + "\n");

        assertError(file, 1, 1, "expected a map of settings, found the text 'https://…'");
        assertThatThrownBy(() -> ConfigReader.read(file)).hasMessageNotContaining("alice");
    }

    @Test
    void aFolderIsNotAConfiguration() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("App/" + LintConfig.FILE_NAME));

        assertThat(ConfigReader.find(folder.getParent())).contains(folder);
        assertError(folder, 0, 0, "cannot read the configuration: is a directory");
    }

    private static final String SECRET = "https://alice:ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com";

    private void assertError(Path file, int line, int column, String message) {
        assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InputException) e).location())
                        .isEqualTo(new dev.cdlint.source.SourceLocation(file, line, column)));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(LintConfig.FILE_NAME), yaml);
    }

    private static Check rule(String id) {
        return Catalog.byId(id).orElseThrow();
    }
}
