package dev.cdlint.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.schema.CkdbWriter;
import dev.cdlint.testing.Chromium;
import dev.cdlint.testing.SyntheticModel;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML report of a run over many models: how large the file is, how long cdlint takes to write it, and how long
 * headless Chromium takes to load and paint it. {@code HtmlReportScale N BEHIND DIR}: N typical models (20
 * entities of eight attributes, in hierarchies of two) under DIR, each against a production schema that lacks the
 * last attribute of BEHIND of the entities, so every model has findings (one per missing field), record types to
 * draw and a production diff. {@code HtmlReportScale render FILE} times an existing report (the corpus's, say).
 */
public final class HtmlReportScale {

    private HtmlReportScale() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("render")) {
            Path file = Path.of(args[1]).toAbsolutePath();
            System.out.printf("%s: %.2f MB%n", file, Files.size(file) / 1e6);
            render(file, file.resolveSibling("chromium"));
            return;
        }
        int count = Integer.parseInt(args[0]);
        int behind = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]).toAbsolutePath();
        SyntheticModel shape = new SyntheticModel(20, 8, 2, 2, 1);
        List<Path> models = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path model = dir.resolve("App" + i + "/Model.xcdatamodel");
            shape.writeTo(model);
            models.add(model);
        }
        // Production has the model's schema but for the last attribute (and its asset companion) of some entities.
        DataModel model = ModelReader.read(models.get(0));
        List<MirroredSchema> stores = model.current().configurations().stream().filter(c -> c.usedWithCloudKit())
                .map(c -> Mirror.of(model.current(), c, DatabaseScope.PRIVATE)).toList();
        Pattern missing = Pattern.compile("(?m)^\\s*CD_e(\\d+)a7(?:_ckAsset)?\\s.*\\R");
        String schema = missing.matcher(CkdbWriter.write(Mirror.containerSchema(stores)))
                .replaceAll(m -> Integer.parseInt(m.group(1)) < behind ? "" : Matcher.quoteReplacement(m.group()));
        Path production = Files.writeString(dir.resolve("production.ckdb"), schema);

        long start = System.nanoTime();
        LintResult result = new Linter().lint(new LintRequest(models, null, production, Map.of()).summarizing(true));
        long linted = System.nanoTime();
        Report report = new Report("bench", new WorkingDirectory(dir), result.models(), result.findings(),
                Catalog.rules(), BaselineCounts.NONE, Optional.empty(), result.rulesNotRun(),
                result.notCloudKitEnabled().size(), result.summaries());
        StringWriter html = new StringWriter();
        ReportFormat.HTML.reporter(false, Map.of()).write(report, html);
        long written = System.nanoTime();
        Path file = Files.writeString(dir.resolve("cdlint.html"), html.toString());
        System.out.printf("%d models, %d findings: lint with summaries %d ms, write HTML %d ms, %.2f MB%n", count,
                result.findings().size(), (linted - start) / 1_000_000, (written - linted) / 1_000_000,
                Files.size(file) / 1e6);

        render(file, dir.resolve("chromium"));
    }

    /** Opens the page five times in a fresh headless Chromium and prints the median load and first paint. */
    private static void render(Path file, Path work) throws Exception {
        if (Chromium.absence().isPresent()) {
            System.out.println("no render time: " + Chromium.absence().get());
            return;
        }
        try (Chromium chromium = Chromium.start(work)) {
            double[] load = new double[5];
            double[] paint = new double[5];
            for (int run = 0; run < load.length; run++) {
                try (Chromium.Page page = chromium.open(file, 1280, 900, false)) {
                    JsonNode timing = page.script("return [performance.getEntriesByType('navigation')[0].loadEventEnd,"
                            + " (performance.getEntriesByType('paint').find(function(p){return p.name"
                            + " === 'first-contentful-paint'}) || {startTime: -1}).startTime]");
                    load[run] = timing.get(0).asDouble();
                    paint[run] = timing.get(1).asDouble();
                    if (!page.consoleErrors().isEmpty()) {
                        throw new IllegalStateException("console errors: " + page.consoleErrors());
                    }
                }
            }
            Arrays.sort(load);
            Arrays.sort(paint);
            System.out.printf("Chromium, median of %d loads: load event at %.0f ms (range %.0f to %.0f), first"
                    + " contentful paint at %.0f ms%n", load.length, load[2], load[0], load[4], paint[2]);
        }
    }
}
