package dev.cdlint.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders a report to a string, without colour unless asked. */
final class Render {

    private Render() {}

    static String render(ReportFormat format, Report report) {
        return render(format.reporter(false, Map.of()), report);
    }

    static String render(Reporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
