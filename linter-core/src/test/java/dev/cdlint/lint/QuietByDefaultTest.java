package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.ExcludeGlob;
import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run over a real repository leaves out of the findings, and says instead. */
class QuietByDefaultTest {

    private static final String SYNCED = """
            <model usedWithCloudKit="YES">
                <entity name="Note"><attribute name="title" optional="YES" attributeType="String"/></entity>
            </model>
            """;
    private static final String LOCAL = """
            <model>
                <entity name="Cache"><attribute name="key" optional="YES" attributeType="String"/></entity>
            </model>
            """;

    @TempDir
    Path dir;

    private Path model(String path, String contents) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(path));
        Files.writeString(folder.resolve("contents"), contents);
        return folder;
    }

    @Test
    void modelsNotCheckedBesideACheckedOneAreCountedNotListed() throws IOException {
        model("App/Notes.xcdatamodel", SYNCED);
        Path cache = model("App/Cache.xcdatamodel", LOCAL);
        Path fixture = model("Tests/Fixture.xcdatamodel", LOCAL);

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain("cloudkit-not-enabled");
        assertThat(result.notCloudKitEnabled()).containsExactlyInAnyOrder(cache, fixture);
    }

    @Test
    void severalModelsNoneCheckedAreCountedToo() throws IOException {
        model("App/Cache.xcdatamodel", LOCAL);
        model("Tests/Fixture.xcdatamodel", LOCAL);

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.findings()).isEmpty();
        assertThat(result.notCloudKitEnabled()).hasSize(2);
    }

    @Test
    void aRunOverOneModelSaysWhyNothingWasChecked() throws IOException {
        Path cache = model("App/Cache.xcdatamodel", LOCAL);

        LintResult result = new Linter().lint(LintRequest.of(cache));

        assertThat(result.findings()).extracting(Finding::rule).containsExactly("cloudkit-not-enabled");
        assertThat(result.notCloudKitEnabled()).isEmpty();
    }

    @Test
    void excludeInTheConfigurationSkipsModelsUnderTheFoldersItNames() throws IOException {
        Files.writeString(dir.resolve(".cdlint.yml"), """
                exclude:
                  - Vendor            # a folder: every model under it
                  - "**/Fixtures"     # a folder of that name anywhere below this file
                """);
        Path notes = model("App/Notes.xcdatamodel", SYNCED);
        model("Vendor/SomePod/Pod.xcdatamodel", SYNCED);
        model("App/Tests/Fixtures/Fixture.xcdatamodel", SYNCED);

        assertThat(new Linter().lint(LintRequest.of(dir)).models()).containsExactly(notes);
    }

    @Test
    void aNamedModelUnderAnExcludedFolderIsSkippedAsAHookNamesStagedFiles() throws IOException {
        Files.writeString(dir.resolve(".cdlint.yml"), "exclude: Vendor\n");
        Path notes = model("App/Notes.xcdatamodel", SYNCED);
        Path pod = model("Vendor/SomePod/Pod.xcdatamodel", SYNCED);

        LintResult result = new Linter().lint(LintRequest.of(notes.resolve("contents"), pod.resolve("contents")));

        assertThat(result.models()).containsExactly(notes);
    }

    @Test
    void aVendoredFoldersOwnConfigurationDoesNotUndoTheProjectsExclusion() throws IOException {
        Files.writeString(dir.resolve(".cdlint.yml"), "exclude: [Vendor]\n");
        model("Vendor/SomePod/Pod.xcdatamodel", SYNCED);
        Files.writeString(dir.resolve("Vendor/SomePod/.cdlint.yml"), "scopes:\n  Default: private\n");
        Path notes = model("App/Notes.xcdatamodel", SYNCED);

        assertThat(new Linter().lint(LintRequest.of(dir)).models()).containsExactly(notes);
    }

    @Test
    void excludeOnTheCommandLineIsRelativeToItsBase() throws IOException {
        Path notes = model("App/Notes.xcdatamodel", SYNCED);
        model("Tests/Fixture.xcdatamodel", SYNCED);
        LintRequest request = new LintRequest(List.of(dir), null, null, Map.of(), null, null,
                ExcludeGlob.parseAll(dir, List.of("Tests/")));

        assertThat(new Linter().lint(request).models()).containsExactly(notes);
    }

    @Test
    void aGlobMatchesWholeNamesOnly() {
        ExcludeGlob vendor = new ExcludeGlob(dir, "Vendor");

        assertThat(vendor.matches(dir.resolve("Vendor/A.xcdatamodeld"))).isTrue();
        assertThat(vendor.matches(dir.resolve("Vendored/A.xcdatamodeld"))).isFalse();
        assertThat(vendor.matches(dir.resolve("App/Vendor/A.xcdatamodeld"))).as("relative to its base").isFalse();
        assertThat(new ExcludeGlob(dir, "*/Vendor").matches(dir.resolve("App/Vendor/A.xcdatamodeld"))).isTrue();
        assertThat(vendor.matches(dir.resolveSibling("Vendor/A.xcdatamodeld"))).as("outside its base").isFalse();
    }

    @Test
    void configurationErrorsAreAtTheirLine() throws IOException {
        Path file = dir.resolve(".cdlint.yml");
        Files.writeString(file, "sharing: yes please\nexclude:\n  - \"[Vendor\"\n");

        assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("sharing: ").hasMessageContaining("is not true or false")
                .satisfies(e -> assertThat(((InputException) e).location().line()).isEqualTo(1));
        Files.writeString(file, "exclude:\n  - \"[Vendor\"\n");
        assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("exclude: '[Vendor' is not a glob")
                .satisfies(e -> assertThat(((InputException) e).location().line()).isEqualTo(2));
    }

    @Test
    void sharingIsReadFromTheConfiguration() throws IOException {
        Path file = dir.resolve(".cdlint.yml");
        Files.writeString(file, "sharing: true\n");

        assertThat(ConfigReader.read(file).sharing()).isTrue();
        assertThat(LintConfig.defaults().sharing()).isFalse();
    }
}
