package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import dev.cdlint.schema.CkdbParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands in process, from arguments to output: fast, and precise about what each prints. */
class CommandsTest {

    private static final Path ROOT = CdlintProcess.projectRoot();
    private static final String JOURNAL = ROOT.resolve("samples/journal/Journal.xcdatamodeld").toString();
    private static final String BROKEN = ROOT.resolve("samples/journal-broken/Journal.xcdatamodel").toString();

    @TempDir
    Path dir;

    @Test
    void docsRulesMdIsWhatRulesPrintsAsMarkdown() throws Exception {
        Run run = cdlint("rules", "--format", "markdown");

        assertThat(run.out()).as("docs/rules.md is generated: run ./cdlint rules --format markdown -o docs/rules.md")
                .isEqualTo(Files.readString(ROOT.resolve("docs/rules.md")));
    }

    @Test
    void rulesListsEveryCheckOfEveryFamilyAndJsonCarriesTheirDocumentation() {
        assertThat(cdlint("rules").out()).contains("relationship-missing-inverse        model      error",
                "production-schema-field             logs       error");
        assertThat(cdlint("rules", "--format", "json").out())
                .contains("\"id\": \"record-type-field-limit\"", "\"key\": \"warn-above\"",
                        "\"id\": \"production-schema-field\",\n    \"family\": \"logs\"");
    }

    @Test
    void explainKnowsTheLogDiagnosesToo() {
        Run run = cdlint("explain", "production-schema-field");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("production-schema-field (error, log diagnoses)\n")
                .contains("What happens at run time:", "Cannot create or modify field 'CD_x'",
                        "Example of what it reports:",
                        "<CKError");
    }

    @Test
    void againstModelComparesWithAnOlderVersionOfTheSameBundle() {
        Run run = cdlint("check", JOURNAL, "--against-model", JOURNAL + "/Journal.xcdatamodel");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("record type CD_Tag (Tag) is new since the deployed model (" + JOURNAL
                + "/Journal.xcdatamodel)", "[evolution-deploy-needed]", "3 findings (3 warnings) in 1 model.");
    }

    @Test
    void theDeployedModelIsNamedOnceAndForOneModel() {
        Run both = cdlint("check", JOURNAL, "--against-model", JOURNAL, "--against-ref", "main");
        Run two = cdlint("check", JOURNAL, BROKEN, "--against-model", JOURNAL);

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--against-model and --against-ref both name the deployed model");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("--against-model compares one model", "2 models were given");
    }

    @Test
    void explainPrintsWhyTheRuntimeErrorTheFixAndAnExample() {
        Run run = cdlint("explain", "relationship-missing-inverse");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Why:", "What happens at run time:",
                "CloudKit integration requires that all relationships have an inverse", "How to fix:",
                "Example of what it reports:",
                "Source:");
    }

    @Test
    void explainOfAnUnknownRuleIsBadUsage() {
        Run run = cdlint("explain", "relationship-missing-inverses");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no rule 'relationship-missing-inverses'");
    }

    @Test
    void schemaPrintsTheMirrorAsAnExportWouldAndItParsesBack() {
        Run run = cdlint("schema", JOURNAL, "--configuration", "Public", "--scope", "public");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("DEFINE SCHEMA\n\n    RECORD TYPE CD_Prompt (\n")
                .contains("\"___modTime\"           TIMESTAMP QUERYABLE SORTABLE,", "GRANT READ TO \"_world\"");
        assertThat(CkdbParser.parse(run.out(), Path.of("out.ckdb")).recordType("CD_Prompt")).isPresent();
    }

    /** Core Data validates and serializes inherited properties whether or not the parent is a member. */
    @Test
    void schemaListsTheUnsyncedParentsFieldsInTheRootRecordTypeOfASyncedSubEntity() throws Exception {
        Path model = Files.createDirectories(dir.resolve("Library.xcdatamodel"));
        Files.writeString(model.resolve("contents"), """
                <model>
                    <entity name="Item"><attribute name="title" optional="YES" attributeType="String"/></entity>
                    <entity name="Book" parentEntity="Item">
                        <attribute name="isbn" optional="YES" attributeType="String"/>
                    </entity>
                    <configuration name="Cloud" usedWithCloudKit="YES"><memberEntity name="Book"/></configuration>
                </model>
                """);

        Run run = cdlint("schema", model.toString(), "--configuration", "Cloud");

        assertThat(run.exitCode()).isZero();
        assertThat(CkdbParser.parse(run.out(), Path.of("out.ckdb")).recordType("CD_Item").orElseThrow().fields())
                .extracting(f -> f.name())
                .contains("CD_entityName", "CD_title", "CD_title_ckAsset", "CD_isbn", "CD_isbn_ckAsset");
    }

    /** A configuration the app never syncs is not checked even when the model ticks "Used with CloudKit". */
    @Test
    void scopeNoneLeavesAConfigurationUnchecked() throws Exception {
        Path model = Files.createDirectories(dir.resolve("Local.xcdatamodel"));
        Files.writeString(model.resolve("contents"), """
                <model>
                    <entity name="Cache"><attribute name="key" attributeType="String"/></entity>
                    <configuration name="Local" usedWithCloudKit="YES"><memberEntity name="Cache"/></configuration>
                </model>
                """);

        Run checked = cdlint("check", model.toString());
        Run unchecked = cdlint("check", model.toString(), "--scope", "Local=none");
        Files.writeString(dir.resolve(".cdlint.yml"), "scopes:\n  Local: none\n");
        Run configured = cdlint("check", model.toString());

        assertThat(checked.exitCode()).isEqualTo(1);
        assertThat(checked.out()).contains("Cache.key is required");
        assertThat(List.of(unchecked, configured)).allSatisfy(run -> {
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).doesNotContain("Cache.key");
        });
    }

    @Test
    void schemaNamesTheConfigurationsWhenAskedForOneThatDoesNotExist() {
        Run run = cdlint("schema", JOURNAL, "--configuration", "Cloud");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no configuration named 'Cloud'", "[Default, Private, Public, Local]");
    }

    @Test
    void formatRewritesAHandEditedSchemaInTheExportLayout() throws Exception {
        Path schema = Files.writeString(dir.resolve("hand.ckdb"), """
                define schema
                  record type Note ( title string queryable, "___recordID" reference queryable,
                                     grant read to "_world" );
                """);

        Run run = cdlint("format", schema.toString(), "--output", dir.resolve("out/formatted.ckdb").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("out/formatted.ckdb"))).isEqualTo("""
                DEFINE SCHEMA

                    RECORD TYPE Note (
                        "___recordID" REFERENCE QUERYABLE,
                        title         STRING QUERYABLE,
                        GRANT READ TO "_world"
                    );
                """);
    }

    @Test
    void severalFilesOfOneModelLintItOnce() {
        Run run = cdlint("check", BROKEN + "/contents", BROKEN, "--format", "json", "--fail-on", "never");

        assertThat(run.out()).containsOnlyOnce("\"rule\": \"ordered-relationship\"");
    }

    @Test
    void aBaselineHidesTodaysFindingsAndNewOnesStillFail() throws Exception {
        Path baseline = dir.resolve("baseline.json");

        Run written = cdlint("check", BROKEN, "--write-baseline", baseline.toString(), "--fail-on", "never");
        Run withBaseline = cdlint("check", BROKEN, "--baseline", baseline.toString());

        assertThat(written.err()).contains("wrote 17 findings to " + baseline);
        assertThat(withBaseline.exitCode()).isZero();
        assertThat(withBaseline.out()).contains("No problems found in 1 model.", "17 findings in the baseline");

        Path model = Files.createDirectories(dir.resolve("Journal.xcdatamodel")).resolve("contents");
        Files.writeString(model, Files.readString(Path.of(BROKEN, "contents"))
                .replace("<attribute name=\"id\" optional=\"YES\"", "<attribute name=\"id\""));
        Run grown = cdlint("check", dir.resolve("Journal.xcdatamodel").toString(), "--baseline", baseline.toString());

        assertThat(grown.exitCode()).isEqualTo(1);
        assertThat(grown.out()).contains("Entry.id is required").doesNotContain("Entry.createdAt is required");
    }

    @Test
    void badScopeArgumentsAreBadUsage() {
        assertThat(cdlint("check", JOURNAL, "--scope", "Public").err())
                .contains("expected CONFIGURATION=SCOPE, such as Public=public, but found 'Public'");
        assertThat(cdlint("check", JOURNAL, "--scope", "Public=world").err())
                .contains("'world' is not a database scope; use one of private, public, shared, none");
        assertThat(cdlint("schema", JOURNAL, "--scope", "none").err())
                .contains("'none' is not the scope of a synced database; use one of private, public, shared");
        assertThat(cdlint("check", JOURNAL, "--format", "html").err())
                .contains("'html' is not a format; use one of text, xcode, json, sarif, junit, checkstyle, github");
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNamesAndPrintsWhatTheWholeCommandLinePrints() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        assertThat(Main.commandLine("check", none, none).getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine("help", none, none).getSubcommands()).hasSizeGreaterThan(5);

        for (String name : List.of("check", "logs", "schema", "format", "rules", "explain")) {
            for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--formatt", "x"},
                    new String[] {name}, new String[] {name, JOURNAL, "--version"})) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int exitCode = Main.commandLine("", new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(args);

                assertThat(cdlint(args)).as(String.join(" ", args))
                        .isEqualTo(new Run(exitCode, out.toString(), err.toString()));
            }
        }
    }
}
