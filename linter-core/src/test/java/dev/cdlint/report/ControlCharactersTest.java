package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ControlCharactersTest {

    /** Clears the screen, sets the window title, rings, returns the cursor, a C1 CSI and a right-to-left override. */
    private static final String HOSTILE = "Note\u001B[2J\u001B]0;pwned\u0007\rX\u009B31m\u202Eevil";

    @Test
    void escapesC0C1DelAndBidirectionalControls() {
        assertThat(ControlCharacters.escape(HOSTILE))
                .isEqualTo("Note\\x1B[2J\\x1B]0;pwned\\x07\\x0DX\\x9B31m\\u202Eevil");
        assertThat(ControlCharacters.escape("a\u007Fb\tc\nd")).isEqualTo("a\\x7Fb\\x09c\\x0Ad");
    }

    @Test
    void keepsLineFeedsAndTabsWhenAskedAndLeavesOrdinaryTextAlone() {
        assertThat(ControlCharacters.escapeKeepingLines("one\ttwo\nthree\r")).isEqualTo("one\ttwo\nthree\\x0D");
        String ordinary = "Café.名前 \"quoted\" <tag> 100% ok, العربية";
        assertThat(ControlCharacters.escape(ordinary)).isSameAs(ordinary);
    }

    /** A model whose folder and entity names carry terminal escapes, through every format a person reads. */
    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "XCODE", "GITHUB"})
    void noHumanFacingFormatPassesAControlCharacterThrough(ReportFormat format) {
        Path model = Path.of("/project/App\u001B[31m/Model.xcdatamodel");
        Finding finding = new Finding("test-rule", Severity.ERROR, HOSTILE + " is required\nsecond line",
                new SourceLocation(model.resolve("contents"), 3, 5), "Note", null, null, null, null);
        Report report = new Report("1.2.3", new WorkingDirectory(Path.of("/project")), List.of(model),
                List.of(finding), TestRules.ALL, BaselineCounts.NONE);

        String output = Render.render(format, report);

        assertThat(output.replace("\n", "")).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F\\u202A-\\u202E]");
        assertThat(output).contains("App\\x1B[31m", "Note\\x1B[2J");
    }

    @Test
    void machineFormatsKeepTheTextForTheirOwnEscaping() {
        Finding finding = new Finding("test-rule", Severity.ERROR, "Note\u001B[2J is required",
                SourceLocation.ofFile(Path.of("/project/M.xcdatamodel/contents")), null, null, null, null, null);
        Report report = new Report("1.2.3", new WorkingDirectory(Path.of("/project")),
                List.of(Path.of("/project/M.xcdatamodel")), List.of(finding), TestRules.ALL, BaselineCounts.NONE);

        assertThat(Render.render(ReportFormat.JSON, report)).contains("Note\\u001B[2J is required");
    }
}
