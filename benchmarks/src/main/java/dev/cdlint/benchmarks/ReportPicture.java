package dev.cdlint.benchmarks;

import dev.cdlint.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ReportPicture PAGE.html SELECTOR OUT.png WIDTH HEIGHT}: a picture of an HTML report as headless Chromium
 * shows it, scrolled to the first element the CSS selector finds, for the README (docs/html-report.sh).
 */
public final class ReportPicture {

    private ReportPicture() {}

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();
        if (Chromium.absence().isPresent()) {
            throw new IllegalStateException(Chromium.absence().get());
        }
        try (Chromium chromium = Chromium.start(page.resolveSibling("chromium"));
                Chromium.Page shown = chromium.open(page, Integer.parseInt(args[3]), Integer.parseInt(args[4]), false)) {
            shown.script("document.querySelector(" + quoted(args[1]) + ").scrollIntoView()");
            Files.write(out, shown.screenshot());
        }
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
