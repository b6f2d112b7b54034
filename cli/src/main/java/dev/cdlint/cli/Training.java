package dev.cdlint.cli;

import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The training run the launcher records its start-up archive from ({@code bin/cdlint}): not a command users
 * run, and no part of the command line. It runs every command the way users do, on the Journal samples packed
 * in the jar (a two-version bundle with a {@code .cdlint.yml}, a production schema and a sync log, and a model
 * with findings), in every report format, with the usage and input errors' paths too; so the archive holds what any
 * run loads, whatever the first command was. Output goes nowhere.
 */
public final class Training {

    /** Where the samples are packed in the jar (see the cli pom's resources). */
    private static final String INPUTS = "dev/cdlint/cli/training/";

    private Training() {}

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path work = Files.createTempDirectory("cdlint-training");
        try {
            unpack(work);
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            for (String[] run : runs(work)) {
                ReadAhead.start(Main.withDefaultCommand(run)); // as Main.main does
                Main.run(run, sink, sink);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static List<String[]> runs(Path work) {
        String bundle = work.resolve("journal/Journal.xcdatamodeld").toString();
        String schema = work.resolve("journal/cloudkit/production.ckdb").toString();
        String broken = work.resolve("journal-broken/Journal.xcdatamodel").toString();
        String baseline = work.resolve("baseline.json").toString();
        List<String[]> runs = new ArrayList<>();
        for (String format : ReportFormat.ids()) {
            runs.add(new String[] {"check", bundle, "--against", schema, "--format", format});
            runs.add(new String[] {broken, "--format", format});
        }
        runs.add(new String[] {"check", broken, "--write-baseline", baseline});
        runs.add(new String[] {"check", broken, "--baseline", baseline, "--scope", "Default=public",
            "--fail-on", "warning", "--output", work.resolve("report.txt").toString()});
        String log = work.resolve("journal/logs/testflight-sync.log").toString();
        for (String format : ReportFormat.ids()) {
            runs.add(new String[] {"logs", log, "--model", bundle, "--against", schema, "--format", format});
        }
        runs.add(new String[] {"schema", bundle, "--scope", "public"});
        runs.add(new String[] {"format", schema});
        for (RulesCommand.Format format : RulesCommand.Format.values()) {
            runs.add(new String[] {"rules", "--format", format.name()});
        }
        runs.add(new String[] {"explain", "relationship-missing-inverse"});
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"check", "--help"});
        runs.add(new String[] {"--version"});
        runs.add(new String[] {"check", "--no-such-option"});
        runs.add(new String[] {"check", work.resolve("missing.xcdatamodeld").toString()});
        return runs;
    }

    /** Copies the packed samples out of the jar this class was loaded from. */
    private static void unpack(Path work) throws IOException, URISyntaxException {
        Path jar = Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(INPUTS)) {
                    continue;
                }
                Path target = work.resolve(entry.getName().substring(INPUTS.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
    }
}
