package dev.cdlint.maven;

import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the report files a build asked for, one per format, named by {@link ReportFormat#fileName()}. */
final class Reports {

    private Reports() {}

    /**
     * The files written, for the build's closing message. Each is checked against the run's inputs before any is
     * written, so an {@code outputDirectory} inside a model folder writes nothing.
     */
    static List<Path> write(Report report, List<String> formats, Path directory, Collection<Path> inputs)
            throws MojoExecutionException {
        List<ReportFormat> selected = new ArrayList<>();
        for (String id : formats) {
            selected.add(ReportFormat.fromId(id.trim()).orElseThrow(() -> new MojoExecutionException(
                    "outputFormats: '" + id + "' is not a format; use one of " + String.join(", ", ReportFormat.ids()))));
        }
        List<OutputFile> files = new ArrayList<>();
        try {
            for (ReportFormat format : selected) {
                files.add(OutputFile.check(directory.resolve(format.fileName()), inputs));
            }
        } catch (InputException e) {
            throw new MojoExecutionException(e.describe(), e);
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            ReportFormat format = selected.get(i);
            Path file = directory.resolve(format.fileName());
            try {
                files.get(i).write(out -> format.reporter(false, Map.of()).write(report, out));
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + file + ": " + IoReasons.of(e), e);
            }
            written.add(file);
        }
        return written;
    }
}
