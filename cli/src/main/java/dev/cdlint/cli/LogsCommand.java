package dev.cdlint.cli;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.finding.Severity;
import dev.cdlint.logs.DiagnosisReports;
import dev.cdlint.logs.LogAnalysis;
import dev.cdlint.logs.LogReport;
import dev.cdlint.logs.WiringEvidence;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Explains an NSPersistentCloudKitContainer sync log: one diagnosis per problem, with its"
                + " cause and fix, and with --model the model element behind it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  log show --predicate 'process == \"MyApp\"' --last 1h | cdlint logs -",
            "  cdlint logs console.txt --model Model.xcdatamodeld --against prod.ckdb"
        })
final class LogsCommand implements Callable<Integer> {

    /** The name standard input has in reports. */
    private static final Path STANDARD_INPUT = Path.of("-");

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Logs: Xcode console text, 'log show' output"
            + " (any style, also from a sysdiagnose), or '-' for standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--model", paramLabel = "PATH", description = "The model (.xcdatamodeld, .xcdatamodel, a"
            + " contents file or a Swift file), or a folder whose models are all read: each diagnosis is placed on"
            + " its element, with what cdlint sees there. On an app's repository, diagnoses about its signing and"
            + " Info.plist point at the entitlements or Info.plist line.")
    Path model;

    @Option(names = "--against", paramLabel = "FILE", description = "The production schema (.ckdb), to confirm"
            + " production-schema diagnoses.")
    Path against;

    @Mixin
    ReportOptions reporting;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = reporting.format();
        Optional<Severity> failLevel = reporting.failLevel();
        List<LogAnalysis.Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(file.equals(STANDARD_INPUT) ? LogAnalysis.Source.stream(STANDARD_INPUT, System.in)
                    : LogAnalysis.Source.file(file));
        }
        // --model naming an app's repository also places the diagnoses whose cause is in its wiring.
        WiringEvidence wiring = model == null ? WiringEvidence.NONE : WiringEvidence.of(model);
        LogReport report = LogAnalysis.analyse(sources, model, against, wiring, Path.of("").toAbsolutePath());
        StringWriter text = new StringWriter();
        DiagnosisReports.write(report, reportFormat, failLevel, output.isTerminal(), System.getenv(), text);
        List<Path> inputs = new ArrayList<>(files);
        inputs.remove(STANDARD_INPUT);
        if (model != null) {
            inputs.add(model);
            // The model's .cdlint.yml is read when a log shows what Core Data rejected: an input all the same.
            ConfigReader.find(ModelFinder.modelOf(model)).ifPresent(inputs::add);
        }
        Optional.ofNullable(against).ifPresent(inputs::add);
        output.write(text.toString(), inputs);
        if (!report.reaches(failLevel)) {
            return Main.OK;
        }
        output.sayWhyTheRunFails(report.summary(), reporting.failOn);
        return Main.FINDINGS;
    }
}
