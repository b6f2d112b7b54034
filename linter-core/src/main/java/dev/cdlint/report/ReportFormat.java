package dev.cdlint.report;

import dev.cdlint.source.SourceLocation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report formats, by the id users pass to {@code --format} or the Maven plugin's {@code format}. A reporter is
 * built only when asked for, so a run that prints text never loads Jackson or StAX.
 */
public enum ReportFormat {
    /** For people, in a terminal or a log. */
    TEXT,
    /** Compiler-style lines that Xcode (in a Run Script build phase) shows as issues at the right line. */
    XCODE,
    /** A plain, stable JSON document for scripts. */
    JSON,
    /** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
    SARIF,
    /** JUnit XML for CI test dashboards. */
    JUNIT,
    /** Checkstyle XML for Jenkins' warnings-ng and other tools that read it. */
    CHECKSTYLE,
    /** GitHub Actions workflow commands, which annotate the pull request diff. */
    GITHUB,
    /** One self-contained page for people: findings, field budgets and the production diff drawn. */
    HTML;

    /** {@code text}, {@code xcode}, ...: the lower-case name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** Every id, in declaration order, for help texts and error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }

    /**
     * The file a build writes this report to: {@code cdlint.json}, {@code cdlint.sarif}, {@code cdlint-junit.xml},
     * and so on, so that several formats can sit in one folder.
     */
    public String fileName() {
        return switch (this) {
            case TEXT -> "cdlint.txt";
            case XCODE -> "cdlint-xcode.txt";
            case JSON -> "cdlint.json";
            case SARIF -> "cdlint.sarif";
            case JUNIT -> "cdlint-junit.xml";
            case CHECKSTYLE -> "cdlint-checkstyle.xml";
            case GITHUB -> "cdlint-github.txt";
            case HTML -> "cdlint.html";
        };
    }

    /**
     * An error that stopped the run (a bad configuration, a missing file), as this format's reader takes it in:
     * a GitHub {@code ::error} command, which annotates the file, or an Xcode issue line with an absolute path.
     * Empty for formats whose readers look only for findings: the error line on standard error is all there is.
     */
    public Optional<String> runError(WorkingDirectory directory, SourceLocation location, String message) {
        return switch (this) {
            case GITHUB -> Optional.of(GithubReporter.command("error", directory, location, Report.TOOL_NAME, message));
            case XCODE -> Optional.of(XcodeReporter.line(directory, location, "error", message));
            default -> Optional.empty();
        };
    }

    /**
     * A reporter for this format.
     *
     * @param terminal whether the output goes to a terminal (the caller knows: {@code System.console()}, or a
     *     file); only {@link #TEXT} uses it, for colour
     * @param environment the process environment, for {@code NO_COLOR}
     */
    public Reporter reporter(boolean terminal, Map<String, String> environment) {
        return switch (this) {
            case TEXT -> new TextReporter(TextReporter.useColour(terminal, environment));
            case XCODE -> new XcodeReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case JUNIT -> new JunitReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case GITHUB -> new GithubReporter();
            case HTML -> new HtmlReporter();
        };
    }
}
