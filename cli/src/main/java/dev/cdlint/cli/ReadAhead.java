package dev.cdlint.cli;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.config.ConfigReader;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.WorkingDirectory;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up work begun on a second thread from the raw arguments while picocli, on the main thread, builds the
 * command and parses them (picocli's classes are old class files that no start-up archive holds, so that is the
 * longest part of a short run). It guesses from the arguments and only reads and builds, never prints: the
 * binding, the models the arguments name ({@link ModelReader#readAhead}), the rule catalogue, the writer of
 * the report format they name, and the YAML parser only when a {@code .cdlint.yml} is there to read. What
 * picocli decides is what the command uses; a guess that was wrong costs only the work, and whatever failed here
 * fails again, visibly, when the command does it.
 */
final class ReadAhead {

    private ReadAhead() {}

    /** Starts reading ahead for a run of {@code command} (the arguments with the default command in place). */
    static void start(String[] command) {
        if (command.length == 0 || !List.of("check", "schema", "logs").contains(command[0])) {
            return;
        }
        Thread thread = new Thread(() -> readAhead(command), "cdlint-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private static void readAhead(String[] command) {
        try {
            if (!command[0].equals("logs")) {
                ModelReader.prepare(); // logs needs the binding only for --model, whose read below builds it
            }
            boolean config = false;
            for (String argument : command) {
                Path model = model(argument);
                if (model != null) {
                    config |= ConfigReader.find(model).isPresent();
                    ModelReader.readAhead(model);
                }
            }
            if (command[0].equals("check")) {
                Catalog.rules();
                writeEmptyReport(format(command));
                config |= Arrays.stream(command).anyMatch(a -> a.equals("--config") || a.startsWith("--config="));
            }
            if (config) {
                ConfigReader.prepare();
            }
        } catch (RuntimeException | IOException | LinkageError | OutOfMemoryError e) {
            // A guess that failed: the command does the same work itself, and reports what goes wrong.
        }
    }

    /** The model an argument names, if it names one directly (a folder to search is left to the command). */
    private static Path model(String argument) {
        try {
            Path path = Path.of(argument);
            Path model = ModelFinder.modelOf(path);
            String name = model.getFileName() == null ? "" : model.getFileName().toString();
            boolean isModel = name.endsWith(".xcdatamodeld") || name.endsWith(".xcdatamodel")
                    || name.equals("contents");
            return isModel && Files.exists(model) ? model : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The report format the arguments seem to ask for: the word after the last {@code --format}, else text. */
    private static ReportFormat format(String[] command) {
        ReportFormat format = ReportFormat.TEXT;
        for (int i = 1; i < command.length; i++) {
            String value = command[i].startsWith("--format=") ? command[i].substring("--format=".length())
                    : command[i].equals("--format") && i + 1 < command.length ? command[i + 1] : null;
            if (value != null) {
                format = ReportFormat.fromId(value).orElse(format);
            }
        }
        return format;
    }

    /** Writes a report of nothing, to nowhere: it loads what writing that format needs (Jackson, StAX). */
    private static void writeEmptyReport(ReportFormat format) throws IOException {
        Report empty = new Report("", new WorkingDirectory(Path.of("").toAbsolutePath()), List.of(), List.of(),
                List.of(), BaselineCounts.NONE);
        format.reporter(false, Map.of()).write(empty, Writer.nullWriter());
    }
}
