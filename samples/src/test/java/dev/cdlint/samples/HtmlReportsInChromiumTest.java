package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.testing.Chromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample reports of {@code --format html}, written by the real CLI and rendered by a real browser (Debian's
 * headless Chromium through ChromeDriver): each loads without a console error and without any request but its own
 * file, runs its filter script and its style (both allowed only by hash), filters, and draws something, in light
 * and dark colour schemes. The pictures are kept under {@code target/html-reports}.
 *
 * <p>The browser's console log is where Chromium reports a script error and every request the page's
 * Content-Security-Policy blocked; its network log lists every request it made. Reading both through WebDriver
 * checks "loaded cleanly, asked for nothing" directly, where parsing Chromium's stderr would depend on its
 * logging format. A control page that breaks the policy shows that the check sees violations.
 */
class HtmlReportsInChromiumTest {

    private static final Path ROOT = Processes.projectRoot();
    private static final Path OUT = ROOT.resolve("samples/target/html-reports");
    private static final int WIDTH = 1280;

    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        assumeTrue(Chromium.absence().isEmpty(), () -> "skipped: " + Chromium.absence().orElseThrow());
        assertThat(Processes.cliJar()).as("the cli module's jar, built before this module").isRegularFile();
        Files.createDirectories(OUT);
        chromium = Chromium.start(OUT.resolve("chromium"));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Runs {@code cdlint ARGS --format html --output OUT/NAME.html} from the project root. */
    private static Path report(String name, String... args) throws IOException, InterruptedException {
        Path file = OUT.resolve(name + ".html");
        Files.deleteIfExists(file);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-jar", Processes.cliJar().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--format", "html", "--output", file.toString()));
        Processes.Result result = Processes.run(ROOT, Map.of(), command.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isIn(0, 1);
        return file;
    }

    private static void loadsCleanlyAndDraws(Path file, String name) throws IOException, InterruptedException {
        for (boolean dark : List.of(false, true)) {
            try (Chromium.Page page = chromium.open(file, WIDTH, 900, dark)) {
                assertThat(page.consoleErrors()).as("console errors of " + name).isEmpty();
                assertThat(page.requests()).as("requests of " + name).containsExactly(file.toUri().toString());
                // The style and the script ran: the policy allowed their hashes.
                assertThat(page.script("return getComputedStyle(document.body).maxWidth").asText()).isEqualTo("1248px");
                assertThat(page.script("var f=document.getElementById('filters'); return !f || !f.hidden").asBoolean())
                        .isTrue();
                byte[] png = page.fullScreenshot(WIDTH);
                Files.write(OUT.resolve(name + (dark ? "-dark" : "") + ".png"), png);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                int background = image.getRGB(2, 2);
                if (dark) {
                    assertThat(luminance(background)).as("dark background of " + name).isLessThan(60);
                } else {
                    assertThat(luminance(background)).as("light background of " + name).isGreaterThan(200);
                }
                assertThat(drawn(image, background)).as("share of pixels drawn on the background of " + name)
                        .isGreaterThan(0.02);
                assertThat(colours(image)).as("colours in " + name).isGreaterThan(16);
            }
        }
    }

    @Test
    void theJournalAgainstItsProductionSchema() throws IOException, InterruptedException {
        Path file = report("journal", "check", "samples/journal/Journal.xcdatamodeld", "--against",
                "samples/journal/cloudkit/production.ckdb");
        loadsCleanlyAndDraws(file, "journal");

        try (Chromium.Page page = chromium.open(file, WIDTH, 900, false)) {
            int all = page.script("return document.querySelectorAll('tr[data-severity]').length").asInt();
            int errors = page.script("return document.querySelectorAll('tr[data-severity=error]').length").asInt();
            assertThat(page.script("return document.getElementById('shown').textContent").asText())
                    .isEqualTo(String.valueOf(all));
            page.script("document.querySelector('#filters input[value=error]').click()");
            assertThat(page.script("return document.querySelectorAll('tr[data-severity]:not([hidden])').length")
                    .asInt()).isEqualTo(all - errors).isPositive();
            assertThat(page.script("return document.getElementById('shown').textContent").asText())
                    .isEqualTo(String.valueOf(all - errors));
            assertThat(page.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theJournalSinceItsFirstVersionAndTheBrokenJournal() throws IOException, InterruptedException {
        loadsCleanlyAndDraws(report("journal-since-v1", "check", "samples/journal/Journal.xcdatamodeld",
                "--against-model", "samples/journal/Journal.xcdatamodeld/Journal.xcdatamodel"), "journal-since-v1");
        loadsCleanlyAndDraws(report("journal-broken", "check", "samples/journal-broken/Journal.xcdatamodel"),
                "journal-broken");
    }

    @Test
    void theTestFlightLog() throws IOException, InterruptedException {
        loadsCleanlyAndDraws(report("logs", "logs", "samples/journal/logs/testflight-sync.log", "--model",
                "samples/journal/Journal.xcdatamodeld", "--against", "samples/journal/cloudkit/production.ckdb"),
                "logs");
    }

    /** A page that breaks the report's policy: the console shows it, so the checks above can fail. */
    @Test
    void aViolationOfThePolicyIsSeen() throws IOException, InterruptedException {
        String report = Files.readString(report("control", "check", "samples/journal/Journal.xcdatamodeld"));
        Path control = OUT.resolve("control-broken.html");
        Files.writeString(control, report.replace("</main>", "<img src=\"https://cdlint.invalid/x.png\" alt=\"\">"
                + "<script>document.title = 'ran';</script></main>"));

        try (Chromium.Page page = chromium.open(control, WIDTH, 900, false)) {
            assertThat(page.consoleErrors()).anySatisfy(e -> assertThat(e).contains("Content Security Policy", "img-src"))
                    .anySatisfy(e -> assertThat(e).contains("Content Security Policy", "script-src"));
            assertThat(page.requests()).containsExactly(control.toUri().toString(), "https://cdlint.invalid/x.png");
            assertThat(page.script("return document.title").asText()).isEqualTo("cdlint report");
        }
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }

    private static double drawn(BufferedImage image, int background) {
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    drawn++;
                }
            }
        }
        return (double) drawn / ((long) image.getWidth() * image.getHeight());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
