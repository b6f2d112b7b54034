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
    void lineAndParagraphSeparatorsAreEscapedLikeLineBreaks() {
        assertThat(ControlCharacters.escape("a\u2028b\u2029c\u0085d")).isEqualTo("a\\u2028b\\u2029c\\x85d");
    }

    /** The runner obeys {@code ::command::} at a line's start (after white space) and {@code ##[command]} anywhere. */
    @Test
    void noPartOfALineReadsAsAWorkflowCommand() {
        assertThat(ControlCharacters.escape("::add-mask::x")).isEqualTo("\\x3A:add-mask::x");
        assertThat(ControlCharacters.escape(" \u00A0::error::x")).isEqualTo(" \u00A0\\x3A:error::x");
        assertThat(ControlCharacters.escape("Note##[error]forged")).isEqualTo("Note##\\x5Berror]forged");
        assertThat(ControlCharacters.escape("Entry.title: a::b")).isEqualTo("Entry.title: a::b");
    }

    /**
     * A model in a folder named like a workflow command, whose entity name holds line breaks followed by forged
     * findings and workflow commands: every human format prints one line per finding, and no line is a command
     * but the GitHub format's own annotations.
     */
    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "XCODE", "GITHUB"})
    void aNameCannotForgeALineOrAWorkflowCommand(ReportFormat format) {
        String name = "Note\n::error file=App.swift,line=1::forged\r\n  ::add-mask::secret\u2028##[warning]forged";
        Path model = Path.of("/project/::warning::folder/Model.xcdatamodel");
        List<Finding> findings = List.of(
                new Finding("test-rule", Severity.ERROR, name + ".title is required", new SourceLocation(
                        model.resolve("contents"), 3, 5), name, "title", null, null, null),
                new Finding("test-rule", Severity.WARNING, "second", new SourceLocation(model.resolve("contents"), 4,
                        5), "Other", null, null, null, null));
        Report report = new Report("1.2.3", new WorkingDirectory(Path.of("/project")), List.of(model), findings,
                TestRules.ALL, BaselineCounts.NONE);

        List<String> lines = Render.render(format, report).lines().toList();

        List<String> findingLines = lines.stream().filter(l -> l.contains("title is required") || l.contains("second"))
                .toList();
        assertThat(findingLines).hasSize(2);
        assertThat(lines).noneMatch(l -> l.contains("##[") || l.contains("\u2028"));
        assertThat(lines).filteredOn(l -> l.strip().startsWith("::"))
                .allMatch(l -> format == ReportFormat.GITHUB && l.matches("::(error|warning|notice) file=.*"));
        assertThat(lines.stream().filter(l -> l.contains("forged")).count()).isEqualTo(1);
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
