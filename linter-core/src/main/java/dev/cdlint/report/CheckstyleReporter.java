package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, as Jenkins' warnings-ng and other Checkstyle consumers read it:
 * {@code <checkstyle><file name="..."><error line column severity message source/></file></checkstyle>}.
 *
 * <p>File names are absolute, as Checkstyle itself writes them: warnings-ng strips the workspace prefix itself,
 * and an absolute path still finds the file when the Maven plugin ran in a module folder. {@code severity} is
 * {@code error}, {@code warning} or {@code info}; {@code source} is {@code cdlint.<rule-id>}, in the dotted form
 * of a Checkstyle check name that consumers group by. Unknown lines and columns are left out; the message is on one
 * line.
 */
final class CheckstyleReporter implements Reporter {

    /**
     * The format version other non-Checkstyle tools (ESLint's formatter among them) write; consumers do not read
     * it, but Checkstyle's schema has the attribute.
     */
    private static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(report.workingDirectory().absolute(finding.location().file()),
                    f -> new ArrayList<>()).add(finding);
        }
        XmlDocument xml = new XmlDocument(out);
        xml.start("checkstyle").attribute("version", FORMAT_VERSION);
        for (Map.Entry<Path, List<Finding>> file : byFile.entrySet()) {
            xml.start("file").attribute("name", file.getKey());
            for (Finding finding : file.getValue()) {
                xml.empty("error");
                if (finding.location().line() > 0) {
                    xml.attribute("line", finding.location().line());
                    if (finding.location().column() > 0) {
                        xml.attribute("column", finding.location().column());
                    }
                }
                xml.attribute("severity", finding.severity().id())
                        .attribute("message", finding.message())
                        .attribute("source", Report.TOOL_NAME + "." + finding.rule());
            }
            xml.end();
        }
        xml.end();
        xml.finish();
    }
}
