package dev.cdlint.maven;

import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the report files a build asked for, one per format, named by {@link ReportFormat#fileName()}. */
final class Reports {

    private Reports() {}

    /** The files written, for the build's closing message. */
    static List<Path> write(Report report, List<String> formats, Path directory) throws MojoExecutionException {
        List<ReportFormat> selected = new ArrayList<>();
        for (String id : formats) {
            selected.add(ReportFormat.fromId(id.trim()).orElseThrow(() -> new MojoExecutionException(
                    "outputFormats: '" + id + "' is not a format; use one of " + String.join(", ", ReportFormat.ids()))));
        }
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : selected) {
            Path file = directory.resolve(format.fileName());
            try {
                Files.createDirectories(directory);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    format.reporter(false, Map.of()).write(report, out);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }
}
