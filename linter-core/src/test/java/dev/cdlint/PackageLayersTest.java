package dev.cdlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages import downward only (docs/architecture.md): read, mirror, check, report. A cycle between two packages
 * means neither can be understood, tested or replaced without the other, so none is allowed.
 */
class PackageLayersTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.cdlint\\.[a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void noPackageDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> imports = imports();

        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            List<String> path = cycleThrough(start, start, imports, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    /** The families of checks sit below the catalog, which sits below the configuration and the engine. */
    @Test
    void theCatalogSitsAboveTheFamiliesAndBelowTheEngine() throws IOException {
        Map<String, Set<String>> imports = imports();

        assertThat(imports.get("dev.cdlint.catalog")).contains("dev.cdlint.rules", "dev.cdlint.diff",
                "dev.cdlint.evolution", "dev.cdlint.wiring", "dev.cdlint.logs.kinds");
        assertThat(imports.get("dev.cdlint.engine")).contains("dev.cdlint.catalog");
        for (String family : List.of("dev.cdlint.rules", "dev.cdlint.diff", "dev.cdlint.evolution",
                "dev.cdlint.wiring", "dev.cdlint.xcode", "dev.cdlint.plist", "dev.cdlint.logs.kinds")) {
            assertThat(imports.get(family)).as(family)
                    .doesNotContain("dev.cdlint.catalog", "dev.cdlint.config", "dev.cdlint.engine", "dev.cdlint.lint");
        }
    }

    /** A file past 400 lines is doing more than one job (docs/architecture.md); split it before it grows. */
    @Test
    void noMainSourceFileIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path root : List.of(MAIN, Path.of("../cli/src/main/java"), Path.of("../maven-plugin/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines;
                    try (Stream<String> text = Files.lines(file)) {
                        lines = text.count();
                    }
                    if (lines > 400) {
                        tooLong.add(file + ": " + lines);
                    }
                }
            }
        }
        assertThat(tooLong).as("main source files over 400 lines").isEmpty();
    }

    private static List<String> cycleThrough(String start, String at, Map<String, Set<String>> imports,
            List<String> path, Set<String> seen) {
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, imports, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /** Per package of main code, the other packages of cdlint it imports. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(),
                        ".");
                Set<String> used = imports.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
