package dev.cdlint.xcode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XcconfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void includesAreReadWhereTheyStandAndOptionalOnesMaySkip() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo/Config"));
        Files.writeString(repo.resolve("Shared.xcconfig"), "TEAM = ABCDE12345 // the team\nURL = https://x\n");
        Path file = Files.writeString(repo.resolve("App.xcconfig"), """
                // App settings
                #include "Shared.xcconfig"
                #include? "Local.xcconfig"
                CODE_SIGN_ENTITLEMENTS[sdk=macosx*] = Mac.entitlements;
                TEAM = $(inherited)
                """);
        List<InputException> problems = new ArrayList<>();
        SettingsLevel level = XcconfigReader.read(file, new InsideTree(dir.resolve("repo")), problems);
        assertThat(problems).isEmpty();
        assertThat(level.assignments()).extracting(Assignment::name)
                .containsExactly("TEAM", "URL", "CODE_SIGN_ENTITLEMENTS", "TEAM");
        assertThat(level.assignments().get(0).location().file()).isEqualTo(repo.resolve("Shared.xcconfig"));
        // Xcode takes every // as a comment, even inside a value.
        assertThat(level.assignments().get(1).value()).isEqualTo("https:");
        Assignment conditional = level.assignments().get(2);
        assertThat(conditional.value()).isEqualTo("Mac.entitlements");
        assertThat(conditional.conditions()).containsExactly(new Assignment.Condition("sdk", "macosx*"));
        assertThat(conditional.location().line()).isEqualTo(4);
    }

    @Test
    void aMissingIncludeOrOneOutsideTheRepositoryIsAProblemNotARead() throws IOException {
        Files.writeString(dir.resolve("Secret.xcconfig"), "TOKEN = s3cret\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path file = Files.writeString(repo.resolve("App.xcconfig"),
                "#include \"../Secret.xcconfig\"\n#include \"Missing.xcconfig\"\nA = 1\n");
        List<InputException> problems = new ArrayList<>();
        SettingsLevel level = XcconfigReader.read(file, new InsideTree(repo), problems);
        assertThat(level.assignments()).extracting(Assignment::name).containsExactly("A");
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(1, 2);
        assertThat(problems.get(0).getMessage()).contains("not in the repository").doesNotContain("s3cret");
    }

    @Test
    void aCocoaPodsConfigurationThatIsNotCommittedIsNoProblem() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path file = Files.writeString(repo.resolve("App.xcconfig"),
                "#include \"Pods/Target Support Files/Pods-App/Pods-App.debug.xcconfig\"\nA = 1\n");
        List<InputException> problems = new ArrayList<>();
        XcconfigReader.read(file, new InsideTree(repo), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileThatIncludesItselfIsReadOnce() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path file = Files.writeString(repo.resolve("Loop.xcconfig"), "#include \"Loop.xcconfig\"\nA = 1\n");
        List<InputException> problems = new ArrayList<>();
        SettingsLevel level = XcconfigReader.read(file, new InsideTree(repo), problems);
        assertThat(level.assignments()).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.getMessage()).contains("includes itself"));
    }
}
