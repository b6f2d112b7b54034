package dev.cdlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the code cites, a user can read: the project's own {@code docs/} pages or public sources. The developers'
 * notes in {@code ../shared} are not in a user's clone, so code that cites them (by name, or by a bare section
 * number) points nowhere. Covers every module's main sources, not only this one's.
 */
class DocsCitationsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern DEVELOPERS_NOTES = Pattern.compile("\\.\\./shared|cloudkit-mapping\\.md"
            + "|ckdb-grammar\\.md|cloudkit-logs\\.md|swiftdata-mapping\\.md|app-wiring\\.md|§");
    private static final Pattern DOCS_SECTION = Pattern.compile("docs/([a-z0-9-]+)\\.md#([A-Za-z0-9_-]+)");

    @Test
    void noMainSourceCitesTheDevelopersNotes() throws IOException {
        Map<String, List<String>> citing = new TreeMap<>();
        for (Path file : mainSources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (DEVELOPERS_NOTES.matcher(lines.get(i)).find()) {
                    citing.computeIfAbsent(name(file), f -> new ArrayList<>())
                            .add((i + 1) + ": " + lines.get(i).strip());
                }
            }
        }

        assertThat(citing).as("cite docs/cloudkit.md#…, docs/ckdb.md#… or a public source instead").isEmpty();
    }

    @Test
    void everyCitedSectionOfTheProjectsDocsExists() throws IOException {
        List<String> citations = new ArrayList<>();
        List<String> dangling = new ArrayList<>();
        for (Path file : mainSources()) {
            Matcher m = DOCS_SECTION.matcher(Files.readString(file));
            while (m.find()) {
                citations.add(m.group());
                Path page = ROOT.resolve("docs").resolve(m.group(1) + ".md");
                String anchor = "<a id=\"" + m.group(2) + "\"></a>";
                if (!Files.isRegularFile(page) || !Files.readString(page).contains(anchor)) {
                    dangling.add(name(file) + " cites " + m.group());
                }
            }
        }
        assertThat(citations).as("the code cites both pages").anyMatch(c -> c.startsWith("docs/cloudkit.md#"))
                .anyMatch(c -> c.startsWith("docs/ckdb.md#"));
        assertThat(dangling).as("citations of a page or anchor that does not exist").isEmpty();
    }

    /** Every file under a module's {@code src/main}, so a module added later is covered too. */
    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(Files::isRegularFile).forEach(sources::add);
                }
            }
        }
        assertThat(sources).extracting(DocsCitationsTest::name).as("main sources of this module and the others")
                .contains("linter-core/src/main/java/dev/cdlint/mapping/Mirror.java",
                        "cli/src/main/java/dev/cdlint/cli/Main.java",
                        "maven-plugin/src/main/java/dev/cdlint/maven/CheckMojo.java");
        return sources;
    }

    private static String name(Path file) {
        return ROOT.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(file.getFileSystem().getSeparator(), "/");
    }
}
