package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import dev.cdlint.testing.ModelFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, parsed as a browser parses it (jsoup follows the HTML5 parsing algorithm): its structure, what
 * it draws from the run's summaries, and that no input text can become markup.
 */
class HtmlReporterTest {

    private static final Path JOURNAL = Path.of("../samples/journal").toAbsolutePath().normalize();
    private static final Path BUNDLE = JOURNAL.resolve("Journal.xcdatamodeld");
    private static final Path PRODUCTION = JOURNAL.resolve("cloudkit/production.ckdb");
    private static final Path PROJECT = JOURNAL.getParent().getParent();

    @TempDir
    Path dir;

    /** Lints as {@code cdlint check --format html} does, and parses the page. */
    private static Document page(LintRequest request, Path workingDirectory) {
        LintResult result = new Linter().lint(request.summarizing(true));
        Report report = new Report("1.2.3", new WorkingDirectory(workingDirectory), result.models(), result.findings(),
                Catalog.rules(), BaselineCounts.NONE, Optional.of(Severity.ERROR), result.rulesNotRun(),
                result.notCloudKitEnabled().size(), result.summaries());
        return Jsoup.parse(Render.render(ReportFormat.HTML, report));
    }

    private static Document journal() {
        return page(new LintRequest(List.of(BUNDLE), null, PRODUCTION, Map.of()), PROJECT);
    }

    private static Element row(Element table, String firstCell) {
        return table.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(firstCell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell + " in " + table));
    }

    private static Element tableAfter(Element section, String heading) {
        Element h3 = section.select("h3").stream().filter(h -> h.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + heading));
        Element next = h3.nextElementSibling();
        while (!next.tagName().equals("table")) {
            next = next.nextElementSibling();
        }
        return next;
    }

    @Test
    void thePageLoadsNothingAndRunsOnlyItsOwnStyleAndScriptByHash() throws NoSuchAlgorithmException {
        Document page = journal();

        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none';").contains("img-src 'none'", "base-uri 'none'",
                "form-action 'none'");
        assertThat(page.select("style")).singleElement().satisfies(style ->
                assertThat(policy).contains("style-src '" + sha256(style.data()) + "'"));
        assertThat(page.select("script")).singleElement().satisfies(script -> {
            assertThat(script.attributes().size()).isZero();
            assertThat(policy).contains("script-src '" + sha256(script.data()) + "'");
        });
        // Nothing to fetch, and no inline style attribute (the policy would block it): geometry is SVG attributes.
        assertThat(page.select("[src], link, img, iframe, object, embed, [style], [srcset]")).isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(page.select("a[href]")).allSatisfy(a ->
                assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());
    }

    @Test
    void headingsTablesAndSeverityInWords() {
        Document page = journal();

        assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo("cdlint report");
        assertThat(page.select("h2").eachText()).startsWith("Summary", "Model samples/journal/Journal.xcdatamodeld")
                .endsWith("Rules that found something");
        assertThat(page.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(page.select("span.sev")).isNotEmpty().allSatisfy(badge ->
                assertThat(badge.text()).isIn("error", "warning", "info").isEqualTo(badge.className().substring(8)));
        assertThat(page.selectFirst("#summary").text()).contains("Exit code 1: 6 findings are at or above error");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void findingsAreGroupedByElementWithTheirRuleLinkedToItsExplanation() {
        Document page = journal();

        Element findings = tableAfter(page.selectFirst("section.model"), "Findings");
        assertThat(findings.select("tbody.element > tr > th[scope=rowgroup]").eachText())
                .containsExactly("The model as a whole", "Entry", "PhotoEntry", "Notebook", "Tag");
        Element caption = findings.select("tr[data-rule=schema-undeployed-field]").stream()
                .filter(tr -> tr.child(1).text().equals("caption")).findFirst().orElseThrow();
        assertThat(caption.attr("data-severity")).isEqualTo("error");
        assertThat(caption.child(3).text()).contains("field CD_caption STRING is not in production");
        // A file is named at the first finding in it; the others give line and column.
        assertThat(findings.select("td:eq(3) code.muted").eachText()).first().asString()
                .startsWith("samples/journal/Journal.xcdatamodeld/Journal 2.xcdatamodel/contents:");
        assertThat(caption.select("code.muted").text()).isEqualTo(":18:9");
        // The rule's fix, and the deploy steps all its messages end with, are written at its first finding in the
        // model, which the others point back to.
        assertThat(findings.select("tr[data-rule=schema-undeployed-field] td:eq(3) div.muted").eachText())
                .containsExactly("Fix: " + Catalog.byId("schema-undeployed-field").orElseThrow().info().fix(),
                        "Fix: as above.", "Fix: as above.", "Fix: as above.");
        List<String> messages = findings.select("tr[data-rule=schema-undeployed-field] div.msg").eachText();
        assertThat(messages.get(0)).contains("Deploy Schema Changes").doesNotContain("The rest as above.");
        assertThat(messages.subList(1, messages.size())).allSatisfy(message ->
                assertThat(message).endsWith("in production schema\". The rest as above.")
                        .doesNotContain("Deploy Schema Changes"));
        Element explanation = page.getElementById(caption.selectFirst("a").attr("href").substring(1));
        assertThat(explanation.selectFirst("h3").text()).isEqualTo("schema-undeployed-field error");
        assertThat(explanation.select("dt").eachText()).containsExactly("Why", "At run time", "How to fix",
                "Example", "Source");
        // The filter offers each rule found, and shows itself only where the script runs.
        assertThat(page.select("#filters select option").eachAttr("value")).contains("", "schema-undeployed-field");
        assertThat(page.selectFirst("#filters").hasAttr("hidden")).isTrue();
    }

    @Test
    void eachRecordTypesFieldsAreDrawnAgainstTheLimitAndTheWarningLevel() {
        Document page = journal();

        Element entry = row(tableAfter(page.selectFirst("section.model"), "Record types"), "CD_Entry");
        assertThat(entry.child(2).text()).isEqualTo("24");
        assertThat(entry.select("svg rect.fill-ok").attr("width")).isEqualTo("24");
        assertThat(entry.select("svg rect.limit").attr("x")).isEqualTo("256");
        assertThat(entry.select("svg rect.threshold").attr("x")).isEqualTo("200");
        assertThat(entry.child(1).text()).isEqualTo("Private");
    }

    @Test
    void theProductionDiffShowsEachRecordTypesFieldsSideBySide() {
        Document page = journal();

        Element table = tableAfter(page.selectFirst("section.model"), "Record types");
        Element entry = row(table, "CD_Entry").child(4);
        assertThat(entry.select("svg rect").eachAttr("class")).containsExactly("deployed", "undeployed", "lazy",
                "orphaned");
        assertThat(entry.select("svg rect.deployed").attr("width")).isEqualTo("17");
        assertThat(entry.select("svg rect.orphaned").attr("x")).isEqualTo("24");
        assertThat(entry.select("details div").eachText()).containsExactly(
                "undeployed: CD_privateNote (ENCRYPTED STRING), CD_caption (STRING), CD_photo (BYTES), CD_takenAt"
                        + " (TIMESTAMP)",
                "undeployed, created lazily: CD_privateNote_ckAsset (ASSET), CD_caption_ckAsset (ASSET),"
                        + " CD_photo_ckAsset (ASSET)",
                "orphaned: CD_summary (STRING)");
        assertThat(row(table, "CDMR not in production").text()).contains("9 undeployed", "fixed");
        assertThat(page.selectFirst("section.model").text()).contains("Against the production schema"
                + " samples/journal/cloudkit/production.ckdb:");
    }

    @Test
    void theChangesSinceTheDeployedModelListBreakingOnesFirst() throws IOException {
        Path deployed = ModelFolder.write(dir, "Old.xcdatamodel", """
                <entity name="Note"><attribute name="rating" optional="YES" attributeType="Integer 64"/>
                    <attribute name="subtitle" optional="YES" attributeType="Date"/></entity>
                <entity name="Draft"><attribute name="body" optional="YES" attributeType="String"/></entity>""");
        Path current = ModelFolder.write(dir, "Notes.xcdatamodel", """
                <entity name="Note"><attribute name="rating" optional="YES" attributeType="String"/>
                    <attribute name="added" optional="YES" attributeType="Date"/></entity>""");

        Document page = page(new LintRequest(List.of(current), null, null, Map.of(), deployed, null), dir);

        Element changes = tableAfter(page.selectFirst("section.model"), "Changes since the deployed model");
        assertThat(changes.select("tbody tr").eachText()).containsExactly(
                "type changed CD_Note CD_rating INT64 STRING breaking: every save with a value for it fails",
                // A String has an asset companion an Integer 64 did not have; CloudKit creates it lazily.
                "field added CD_Note CD_rating_ckAsset — ASSET created lazily: initialise and deploy",
                "field added CD_Note CD_added — TIMESTAMP deploy the schema before this version ships",
                "field removed CD_Note CD_subtitle TIMESTAMP — stays in CloudKit; older versions keep writing it",
                "record type no longer written CD_Draft record type — stays in CloudKit with its records");
        assertThat(changes.selectFirst("tbody tr strong").className()).isEqualTo("sev-error");
        assertThat(page.text()).contains("Compared with " + deployed + ": 5 changes, 1 breaking, listed first.");
    }

    @Test
    void configurationsSayHowTheirScopeWasDecided() {
        Document page = journal();

        Element table = tableAfter(page.selectFirst("section.model"), "Configurations");
        assertThat(table.select("tbody tr").eachText()).containsExactly(
                "Default no — not marked Used with CloudKit and given no scope",
                "Private yes private scopes: Private: private (samples/journal/.cdlint.yml:4:3)",
                "Public yes public scopes: Public: public (samples/journal/.cdlint.yml:5:3)",
                "Local no none scopes: Local: none (samples/journal/.cdlint.yml:8:3)");
        assertThat(row(page.selectFirst("#summary table"), "samples/journal/Journal.xcdatamodeld").child(1).text())
                .isEqualTo("Private → private (scopes: Private: private (samples/journal/.cdlint.yml:4:3)) Public →"
                        + " public (scopes: Public: public (samples/journal/.cdlint.yml:5:3))");
    }

    /**
     * Names from a hostile model: markup, quotes, the end of the style element, a line break. Each stays text where
     * it is shown, and the page keeps its one style and one script.
     */
    @Test
    void namesFromInputsAreTextWhateverTheyHold() throws IOException {
        String entity = "X</style><script>alert(1)</script><img src=x onerror=alert(2)>";
        String attribute = "a\"b'c&amp;\nd";
        Path model = ModelFolder.write(dir, "Hostile.xcdatamodel", "<entity name=\"" + xml(entity) + "\">"
                + "<attribute name=\"" + xml(attribute) + "\" attributeType=\"Undefined\"/></entity>");

        Document page = page(LintRequest.of(model), dir);

        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, [onerror]")).isEmpty();
        assertThat(page.select("tbody.element th").eachText()).contains(entity);
        // A line break is shown as \x0A, never as a break that could start a new line of a table or message.
        assertThat(page.select("tr[data-severity] td:eq(1)").eachText()).contains("a\"b'c&amp;\\x0Ad");
        assertThat(page.select("tr[data-severity] td:eq(3) .msg").eachText())
                .anySatisfy(message -> assertThat(message).contains(entity));
        assertThat(page.select("#summary a").eachText()).containsExactly("Hostile.xcdatamodel");
    }

    @Test
    void aFileOutsideEveryModelIsItsOwnGroupWithoutDrawings() throws IOException {
        Path bundle = dir.resolve("App/Notes.xcdatamodeld");
        Files.createDirectories(bundle.resolve("Notes.xcdatamodel"));
        Files.writeString(bundle.resolve("Notes.xcdatamodel/contents"), "<model><entity name=\"Note\"/>");

        Document page = page(LintRequest.of(bundle), dir);

        assertThat(page.select("h2").eachText()).contains("Model App/Notes.xcdatamodeld");
        assertThat(row(page.selectFirst("#summary table"), "App/Notes.xcdatamodeld").child(1).text())
                .isEqualTo("not read");
        assertThat(page.select("section.model h3").eachText()).containsExactly("Findings");
    }

    /** A model with nothing checked and nothing found is named once under the summary, without a section. */
    @Test
    void modelsWithNothingCheckedAreNamedNotDrawn() throws IOException {
        Path enabled = ModelFolder.write(dir, "Notes.xcdatamodel", "<entity name=\"Note\"/>");
        Path local = dir.resolve("Cache.xcdatamodel");
        Files.createDirectories(local);
        Files.writeString(local.resolve("contents"), "<model><entity name=\"Row\"/></model>\n");

        Document page = page(LintRequest.of(enabled, local), dir);

        assertThat(page.select("section.model h2").eachText()).containsExactly("Model Notes.xcdatamodel");
        assertThat(page.select("#summary details summary").text())
                .isEqualTo("1 model with no configuration checked and nothing found");
        assertThat(page.select("#summary details li").eachText()).containsExactly("Cache.xcdatamodel");
        assertThat(page.selectFirst("#summary").text()).contains("1 model is not CloudKit-enabled and was not checked");
    }


    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#10;");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
