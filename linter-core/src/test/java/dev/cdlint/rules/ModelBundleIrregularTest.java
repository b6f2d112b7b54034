package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.xml.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Its input is a bundle, not one contents file, so it has its own test instead of a fixture. */
class ModelBundleIrregularTest {

    @TempDir
    Path dir;

    private Path bundleWithTwoVersions() throws IOException {
        Path bundle = dir.resolve("Notes.xcdatamodeld");
        for (String version : List.of("Notes", "Notes 2")) {
            Path folder = Files.createDirectories(bundle.resolve(version + ".xcdatamodel"));
            Files.writeString(folder.resolve("contents"), "<model usedWithCloudKit=\"YES\"/>");
        }
        return bundle;
    }

    private static List<Finding> lint(Path bundle) {
        return new RuleEngine(List.of(new ModelBundleIrregular()))
                .check(ModelReader.read(bundle), LintConfig.defaults(), Optional.empty());
    }

    @Test
    void reportsWhatTheReaderHadToGuessAtTheModelElementOfTheVersionChecked() throws IOException {
        Path bundle = bundleWithTwoVersions();

        // A file and a line, not the bundle folder: GitHub and SARIF attach findings only to files.
        assertThat(lint(bundle)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.location().file()).isEqualTo(bundle.resolve("Notes 2.xcdatamodel/contents"));
            assertThat(finding.location().line()).isEqualTo(1);
            assertThat(finding.message()).contains("no .xccurrentversion", "'Notes 2'");
        });
    }

    @Test
    void aVersionFolderTheReaderSkippedIsShownAtTheXccurrentversionFile() throws IOException {
        Path bundle = bundleWithTwoVersions();
        Files.createDirectories(bundle.resolve("Notes 3.xcdatamodel"));
        Files.writeString(bundle.resolve(".xccurrentversion"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                <key>_XCCurrentVersionName</key><string>Notes 4.xcdatamodel</string>
                </dict></plist>
                """);

        assertThat(lint(bundle)).isNotEmpty().allSatisfy(finding ->
                assertThat(Files.isRegularFile(finding.location().file())).isTrue());
        assertThat(lint(bundle)).anySatisfy(finding -> {
            assertThat(finding.location().file()).isEqualTo(bundle.resolve(".xccurrentversion"));
            assertThat(finding.message()).contains("'Notes 3' has no contents file");
        });
    }

    @Test
    void aBundleThatNamesItsCurrentVersionIsQuiet() throws IOException {
        Path bundle = bundleWithTwoVersions();
        Files.writeString(bundle.resolve(".xccurrentversion"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                <key>_XCCurrentVersionName</key><string>Notes.xcdatamodel</string>
                </dict></plist>
                """);

        assertThat(lint(bundle)).isEmpty();
    }

    @Test
    void aSingleVersionBundleWithoutXccurrentversionIsQuiet() throws IOException {
        Path bundle = dir.resolve("Notes.xcdatamodeld");
        // No .xccurrentversion: nothing to guess with one version, as in most Xcode projects and Swift packages.
        Path folder = Files.createDirectories(bundle.resolve("Notes.xcdatamodel"));
        Files.writeString(folder.resolve("contents"), "<model usedWithCloudKit=\"YES\"/>");

        assertThat(lint(bundle)).isEmpty();
    }
}
