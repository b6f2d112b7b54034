package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model that cannot be read is a model-unreadable finding at its file:line:column, and the run goes on with the
 * other models. (Permission errors need a process that file modes apply to: see the CLI's UnreadableInputsIT.)
 */
class UnreadableModelsTest {

    @TempDir
    Path dir;

    private Path good() throws IOException {
        Path model = dir.resolve("Good.xcdatamodel");
        SyntheticModel.typical().writeTo(model);
        return model;
    }

    private Path model(String folder, String contents) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve("contents");
        Files.writeString(file, contents);
        return file;
    }

    private static List<Finding> unreadable(LintResult result) {
        return result.findings().stream().filter(f -> f.rule().equals("model-unreadable")).toList();
    }

    @Test
    void aMalformedModelIsAFindingAtItsPositionAndTheOthersAreStillLinted() throws IOException {
        Path good = good();
        Path broken = model("Broken.xcdatamodel", "<model>\n    <entity name=\"A\"\n</model>\n");

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.models()).containsExactly(broken.getParent(), good);
        assertThat(unreadable(result)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location().file()).isEqualTo(broken);
            assertThat(finding.location().line()).isEqualTo(3);
            assertThat(finding.message()).startsWith("Malformed XML: ").endsWith(" Nothing in it was checked.")
                    .doesNotContain("\n");
        });
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreOneSentenceNotAnExceptionDump() throws IOException {
        Path file = Files.createDirectories(dir.resolve("Latin.xcdatamodel")).resolve("contents");
        String latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model><entity name=\"Caf\u00e9\"/></model>";
        Files.write(file, latin1.getBytes(StandardCharsets.ISO_8859_1));

        LintResult result = new Linter().lint(LintRequest.of(file));

        assertThat(unreadable(result)).singleElement().satisfies(finding -> {
            assertThat(finding.location()).isEqualTo(new SourceLocation(file, 2, "<model><entity name=\"Caf".length()
                    + 1));
            assertThat(finding.message()).startsWith("Malformed XML: the bytes do not match the file's encoding"
                    + " (invalid byte ").doesNotContain("jakarta", "Exception", "\n");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n"})
    void anAttributeValueLargerThanAnyModelNeedsIsRefusedBeforeItIsInMemory(String lineBreak) throws IOException {
        Path file = model("Huge.xcdatamodel", "<model>" + lineBreak + "<entity name=\"A\">" + lineBreak
                + "<attribute name=\"a\" defaultValueString=\"" + "x".repeat(5 * 1024 * 1024)
                + "\"/></entity></model>");

        LintResult result = new Linter().lint(LintRequest.of(file));

        // The line of the tag's '<', with line breaks counted as the XML parser counts them.
        assertThat(unreadable(result)).singleElement().satisfies(finding -> {
            assertThat(finding.location().line()).isEqualTo(3);
            assertThat(finding.message()).startsWith("Cannot read the model: a single tag of the model is larger"
                    + " than 4 MB");
        });
    }

    /** A folder run passes over no model: a link to one that cannot be followed is a model that cannot be read. */
    @Test
    void aDanglingOrLoopingLinkToAModelIsAFinding() throws IOException {
        Path good = good();
        Path dangling = Files.createSymbolicLink(dir.resolve("Dangling.xcdatamodel"), Path.of("Moved.xcdatamodel"));
        Path looping = Files.createSymbolicLink(dir.resolve("Loop.xcdatamodeld"), Path.of("Loop.xcdatamodeld"));

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.models()).containsExactly(dangling, good, looping);
        assertThat(unreadable(result)).extracting(f -> f.location().file() + ": " + f.message()).containsExactly(
                dangling + ": Cannot read the model: a symbolic link to a missing file. Nothing in it was checked.",
                looping + ": Cannot read the model: a loop of symbolic links. Nothing in it was checked.");
    }

    @Test
    void theLegacyBinaryFormatIsAFinding() throws IOException {
        Path legacy = Files.createDirectories(dir.resolve("Old.xcdatamodel"));
        Files.write(legacy.resolve("elements"), new byte[] {0x62, 0x70, 0x6c, 0x69, 0x73, 0x74});

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(unreadable(result)).singleElement().satisfies(finding -> {
            assertThat(finding.location().file()).isEqualTo(legacy.resolve("elements"));
            assertThat(finding.message()).contains("legacy binary format of Xcode 3");
        });
    }

    @Test
    void aFileThatIsNotAModelSaysSo() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "# Notes\n\nThe app's model.\n");
        Path html = Files.writeString(dir.resolve("page.html"), "<html><body/></html>");

        LintResult result = new Linter().lint(LintRequest.of(readme, html));

        assertThat(unreadable(result)).extracting(Finding::message).containsExactly(
                "Not a Core Data model: expected a .xcdatamodeld bundle, a .xcdatamodel folder or a contents file."
                        + " Nothing in it was checked.",
                "Not a Core Data model: the root element is <html>, a model's is <model>. Nothing in it was checked.");
    }

    @Test
    void theRuleCanBeTurnedOffLikeAnyOther() throws IOException {
        model("Broken.xcdatamodel", "<model>");
        Files.writeString(dir.resolve(".cdlint.yml"), "rules:\n  model-unreadable: warning\n");

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(unreadable(result)).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void anEntityInTheCurrentVersionFileIsNotTheVersionNameNull() throws IOException {
        Path bundle = dir.resolve("Notes.xcdatamodeld");
        SyntheticModel.typical().writeTo(bundle.resolve("Notes.xcdatamodel"));
        // A second version, so that cdlint has to guess (one version needs no .xccurrentversion).
        SyntheticModel.typical().writeTo(bundle.resolve("Archive.xcdatamodel"));
        Files.writeString(bundle.resolve(".xccurrentversion"), "<plist version=\"1.0\"><dict><key>"
                + "_XCCurrentVersionName</key><string>&a;&a;&a;</string></dict></plist>");

        LintResult result = new Linter().lint(LintRequest.of(bundle));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals("model-bundle-irregular"))
                .singleElement().extracting(Finding::message).asString()
                .contains("the entity reference '&a;' is not allowed", "using the newest version by name, 'Notes'")
                .doesNotContain("null");
    }

    @Test
    void aSymlinkedModelInAScannedFolderAndASymlinkedFolderAreFollowedAndEachModelLintedOnce()
            throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path shared = dir.resolve("shared/Shared.xcdatamodel");
        SyntheticModel.typical().writeTo(shared);
        Path linkedModel = Files.createSymbolicLink(project.resolve("Shared.xcdatamodel"), shared);
        Files.createSymbolicLink(project.resolve("loop"), project);
        Files.createSymbolicLink(project.resolve("everything"), dir);
        Path linkedProject = Files.createSymbolicLink(dir.resolve("linked-project"), project);

        assertThat(new Linter().lint(LintRequest.of(project)).models()).containsExactly(linkedModel);
        assertThat(new Linter().lint(LintRequest.of(linkedProject)).models())
                .containsExactly(linkedProject.resolve("Shared.xcdatamodel"));
        assertThat(new Linter().lint(LintRequest.of(project, shared, linkedProject)).models())
                .containsExactly(linkedModel);
    }
}
