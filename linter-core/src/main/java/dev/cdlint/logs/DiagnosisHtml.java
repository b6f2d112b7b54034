package dev.cdlint.logs;

import dev.cdlint.finding.Severity;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.report.Html;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.SourceLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code cdlint logs --format html}: one page with each diagnosis, its count, where it was first and last seen,
 * the model element it lands on, and, when the logs have dated timestamps, when it occurred over their span. Built
 * from the report package's HTML blocks, so the page looks and is secured as {@code check}'s.
 */
final class DiagnosisHtml {

    /** Log times are the clock times the log shows, kept as UTC so that they print back as written. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private DiagnosisHtml() {}

    static String page(LogReport report, Optional<Severity> failLevel) {
        WorkingDirectory directory = report.workingDirectory();
        Html html = Html.page("cdlint logs report");
        html.raw("<header><h1>cdlint logs report</h1><p class=\"muted\">cdlint ").text(report.toolVersion())
                .raw("</p></header>\n<main>\n<section id=\"summary\"><h2>Summary</h2>\n<p>").text(report.summary())
                .raw("</p>\n");
        html.counts(report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
        html.raw("<p>").text(Html.exitCode(failLevel, report.diagnoses().stream()
                .filter(d -> failLevel.map(level -> d.severity().atLeast(level)).orElse(false)).count(), "problem"))
                .raw("</p>\n<p>Logs read: ");
        for (int i = 0; i < report.logs().size(); i++) {
            html.raw(i == 0 ? "" : ", ").raw("<code>").text(directory.display(report.logs().get(i))).raw("</code>");
        }
        html.raw(".</p>\n<p>");
        if (report.model() != null) {
            html.raw("Placed on the model <code>").text(directory.display(report.model())).raw("</code>. ");
        }
        report.span().ifPresentOrElse(span -> html.text("The logs span " + TIME.format(span.start()) + " to "
                        + TIME.format(span.end()) + " (" + duration(span) + "), as their clocks show."),
                () -> html.text("The logs have no dated timestamps, so when each problem occurred is not drawn."));
        html.raw("</p></section>\n");
        Set<String> kinds = new TreeSet<>();
        report.diagnoses().forEach(d -> kinds.add(d.kind().id()));
        if (!kinds.isEmpty()) {
            html.filters(kinds, "Kind");
            diagnoses(html, report);
        }
        html.explanations("Kinds of problem found", Arrays.stream(DiagnosisKind.values())
                .filter(kind -> kinds.contains(kind.id())).toList());
        return html.raw("</main>\n").end();
    }

    private static void diagnoses(Html html, LogReport report) {
        WorkingDirectory directory = report.workingDirectory();
        html.raw("<section id=\"diagnoses\"><h2>Problems</h2>\n<table><thead><tr><th scope=\"col\">Severity</th>"
                + "<th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">What"
                + " happened, the fix, where in the log and in the model</th>");
        if (report.span().isPresent()) {
            html.raw("<th scope=\"col\" class=\"when\">When, over the logs' span</th>");
        }
        html.raw("</tr></thead><tbody>\n");
        for (Diagnosis d : report.diagnoses()) {
            html.raw("<tr data-severity=\"").raw(d.severity().id()).raw("\" data-rule=\"")
                    .raw(Html.attribute(d.kind().id())).raw("\"><td>").severity(d.severity()).raw("</td><td>")
                    .ruleLink(d.kind().id());
            if (d.rule() != null) {
                html.raw("<div class=\"muted\">rule <code>").text(d.rule()).raw("</code></div>");
            }
            html.raw("</td><td class=\"num\">").number(d.count()).raw("</td><td><div class=\"msg\">")
                    .lines(d.message()).raw("</div><div class=\"muted\">Fix: ").text(d.fix())
                    .raw("</div><div>First seen at <code>")
                    .text(directory.display(new SourceLocation(d.log(), d.line(), 0))).raw("</code>");
            if (d.count() > 1) {
                html.raw(", last at <code>").text(directory.display(new SourceLocation(d.lastLog(), d.lastLine(), 0)))
                        .raw("</code>");
            }
            html.raw(".</div><div>Model element: ");
            if (d.elementName() != null) {
                html.raw("<code>").text(d.elementName()).raw("</code>");
            }
            if (d.element() != null) {
                html.raw(" at <code>").text(directory.display(d.element())).raw("</code>");
            } else {
                html.text(d.elementName() == null ? "none named in the log" : report.model() == null
                        ? " (give --model to find it)" : " (not in the model)");
            }
            html.raw(".</div></td>");
            report.span().ifPresent(span -> when(html, d, span));
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table></section>\n");
    }

    /** The diagnosis' messages on a strip of the logs' span, with the first and last time in words. */
    private static void when(Html html, Diagnosis d, TimeSpan span) {
        html.raw("<td class=\"when\">");
        if (d.times().isEmpty()) {
            html.raw("<span class=\"muted\">undated</span></td>");
            return;
        }
        long length = Math.max(1, Duration.between(span.start(), span.end()).toMillis());
        List<Double> positions = d.times().stream()
                .map(t -> (double) Duration.between(span.start(), t).toMillis() / length).toList();
        Instant first = d.times().stream().min(Instant::compareTo).orElseThrow();
        Instant last = d.times().stream().max(Instant::compareTo).orElseThrow();
        html.timeline(positions).raw("<div class=\"muted\">").text(first.equals(last) ? TIME.format(first)
                : TIME.format(first) + " to " + TIME.format(last) + " (" + duration(new TimeSpan(first, last)) + ")")
                .raw("</div></td>");
    }

    /** "1 h 5 min", "2 min 3 s", "450 ms": the span's length, to the unit that matters. */
    static String duration(TimeSpan span) {
        Duration length = Duration.between(span.start(), span.end());
        if (length.toHours() > 0) {
            return length.toHours() + " h " + length.toMinutesPart() + " min";
        }
        if (length.toMinutes() > 0) {
            return length.toMinutes() + " min " + length.toSecondsPart() + " s";
        }
        return length.getSeconds() > 0 ? length.getSeconds() + " s" : length.toMillis() + " ms";
    }
}
