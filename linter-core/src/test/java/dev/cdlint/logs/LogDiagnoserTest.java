package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.source.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs as each tool writes them, each with the diagnoses written beside it ({@code kind names ×count @line}, as
 * {@link CorpusLogsTest#describe} prints them). The texts are made for these tests in the shapes TN3164 and real
 * logs show.
 */
class LogDiagnoserTest {

    private static final String PRODUCTION_FIELD_ERROR = "CoreData: error: CoreData+CloudKit:"
            + " -[NSCloudKitMirroringDelegate _requestAbortedNotInitialized:](2200): <NSCloudKitMirroringDelegate:"
            + " 0x600003d04000> - Never successfully initialized and cannot execute request"
            + " '<NSCloudKitMirroringExportRequest: 0x600002c1e0a0> 8F3A' due to error: <CKError 0x600000c4a0d0:"
            + " \"Partial Failure\" (2/1011); \"Failed to modify some records\"; partial errors: {";
    private static final String PRODUCTION_FIELD_ITEM = "\t1A2B3C4D:(com.apple.coredata.cloudkit.zone:__defaultOwner__)"
            + " = <CKError 0x600000c49f20: \"Invalid Arguments\" (12/2006); server message = \"Cannot create or modify"
            + " field 'CD_caption' in record 'CD_Entry' in production schema\"; op = 9A2F; uuid = 77E1>";

    @Test
    void logShowOutputWithInterleavedProcessesAndRepeats() throws IOException {
        String prefix = "2026-11-20 09:14:0%d.512344+0100 0x3c1f2    Error       0x0                  4312   0"
                + "    Journal: (CoreData) [com.apple.coredata:cloudkit] ";
        String other = "2026-11-20 09:14:0%d.600000+0100 0x11       Default     0x0                  88     0"
                + "    cloudd: (CloudKit) [com.apple.cloudkit:op] Operation finished\n";
        String log = other.formatted(1)
                + prefix.formatted(2) + PRODUCTION_FIELD_ERROR + "\n" + PRODUCTION_FIELD_ITEM + "\n}>\n"
                + other.formatted(3)
                + prefix.formatted(4) + PRODUCTION_FIELD_ERROR + "\n" + PRODUCTION_FIELD_ITEM + "\n"
                + PRODUCTION_FIELD_ITEM + "\n}>\n";

        assertThat(describe(log)).containsExactly("production-schema-field - CD_Entry/CD_caption ×2 @3");
        assertThat(diagnose(log).get(0)).extracting(Diagnosis::entity, Diagnosis::property)
                .containsExactly("Entry", "caption");
    }

    /** Where a problem was last seen, and when each message showing it was logged, over the logs' whole span. */
    @Test
    void eachDiagnosisKnowsItsLastLineAndTimesAndTheLogItsSpan() throws IOException {
        String prefix = "2026-11-20 09:%02d:00.000 E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] ";
        String log = "2026-11-20 08:59:30.000 Df cloudd[88:11] starting\n"
                + prefix.formatted(0) + PRODUCTION_FIELD_ERROR + "\n" + PRODUCTION_FIELD_ITEM + "\n}>\n"
                + prefix.formatted(5) + PRODUCTION_FIELD_ERROR + "\n" + PRODUCTION_FIELD_ITEM + "\n}>\n"
                + "2026-11-20 09:30:00.000 Df cloudd[88:11] done\n";
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("sync.log"), new BufferedReader(new StringReader(log)));

        Diagnosis d = diagnoser.diagnoses().get(0);
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.lastLog()).isEqualTo(Path.of("sync.log"));
        assertThat(d.lastLine()).isEqualTo(6);
        assertThat(d.times()).extracting(Object::toString)
                .containsExactly("2026-11-20T09:00:00Z", "2026-11-20T09:05:00Z");
        assertThat(diagnoser.span()).hasValueSatisfying(span -> {
            assertThat(span.start()).hasToString("2026-11-20T08:59:30Z");
            assertThat(span.end()).hasToString("2026-11-20T09:30:00Z");
        });
    }

    @Test
    void aLogWithoutDatesHasNoSpan() throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("sync.log"), new BufferedReader(new StringReader(PRODUCTION_FIELD_ERROR + "\n"
                + PRODUCTION_FIELD_ITEM + "\n}>\n")));

        assertThat(diagnoser.diagnoses()).singleElement().satisfies(d -> assertThat(d.times()).isEmpty());
        assertThat(diagnoser.span()).isEmpty();
    }

    @Test
    void compactStyleAndEscapedDescriptions() throws IOException {
        String log = """
                2026-11-20 09:14:03.512 E  Journal[4312:3c1f2] [Sync] export failed: "<CKError 0x1: \\"Invalid Arguments\\" (12/2006); server message = \\"Cannot create or modify field 'CD_encryptedJSON' in record 'CD_CDProfile' in production schema\\">"
                2026-11-20 09:14:05.100 E  Journal[4312:3c1f2] [Sync] export failed: "<CKError 0x2: \\"Invalid Arguments\\" (12/2006); server message = \\"Cannot create or modify field 'CD_encryptedJSON' in record 'CD_CDProfile' in production schema\\">"
                """;

        assertThat(describe(log)).containsExactly("production-schema-field - CD_CDProfile/CD_encryptedJSON ×2 @1");
        assertThat(diagnose(log).get(0)).extracting(Diagnosis::entity, Diagnosis::property)
                .containsExactly("CDProfile", "encryptedJSON");
    }

    @Test
    void xcodeConsoleWrappedInsideAQuotedHeaderWithTwoSections() throws IOException {
        String log = """
                CoreData: error: Store failed to load. <NSPersistentStoreDescription: 0x600001> (type: SQLite) with Error Domain=NSCocoaErrorDomain Code=134060 "A Core Data error occurred." UserInfo={NSLocalizedFailureReason=CloudKit integration requires that all attributes be opt
                ional, or have a default value set. The following attributes are marked non-optional but do not have a default value:
                Entry: createdAt
                Notebook: title
                CloudKit integration requires that all relationships have an inverse, the following do not:
                Tag: entries}
                """;

        assertThat(describe(log)).containsExactly(
                "model-validation attribute-required-without-default Entry.createdAt ×1 @3",
                "model-validation attribute-required-without-default Notebook.title ×1 @4",
                "model-validation relationship-missing-inverse Tag.entries ×1 @6");
    }

    @Test
    void technoteElisionsAndAnAssetCompanion() throws IOException {
        String log = "CoreData: error: CoreData+CloudKit: -[PFCloudKitExporter …]: <CKError 0x…: \"Partial Failure\""
                + " (2/1011); … partial errors: {\n\t… = <CKError 0x…: \"Invalid Arguments\" (12/2006); server"
                + " message = \"Cannot create or modify field 'CD_photo_ckAsset' in record 'CD_Entry' in production"
                + " schema\"; …>\n}>\n";

        assertThat(describe(log)).containsExactly("production-schema-field - CD_Entry/CD_photo_ckAsset ×1 @2");
        assertThat(diagnose(log).get(0).property()).isEqualTo("photo");
        assertThat(diagnose(log).get(0).detail()).contains("the asset field its large values go to");
    }

    @Test
    void anElidedNameIsKeptAsGivenAndTracedToNothing() throws IOException {
        String log = "<CKError 0x…: \"Invalid Arguments\" (12/2006); server message = \"Cannot create or modify field"
                + " 'CD_title' in record 'CD_…' in production schema\">\n";

        Diagnosis diagnosis = diagnose(log).get(0);
        assertThat(diagnosis.recordType()).isEqualTo("CD_…");
        assertThat(diagnosis.entity()).isNull();
        assertThat(diagnosis.detail()).contains("the log cuts the name short");
    }

    @Test
    void sysdiagnoseSyslogAndConsoleRows() throws IOException {
        String log = """
                Nov 20 09:14:03 iPhone Journal(CoreData)[4312] <Error>: CoreData: error: Store failed to load with Error Domain=NSCocoaErrorDomain Code=134410 "CloudKit setup failed because there is another instance of this persistent store actively syncing with CloudKit in this process."
                error\t09:14:03.512344+0100\tJournal\tCoreData+CloudKit: export failed: <CKError 0x2: "Request Rate Limited" (7/2061); "Operation throttled by previous server http 503 reply. Retry after 40.0 seconds."; Retry after 40.0 seconds>
                """;

        assertThat(describe(log)).containsExactly("store-in-use-elsewhere - - ×1 @1", "throttled - - ×1 @2");
    }

    @Test
    void unrecognisedCodesAreNamedByTheCatchAll() throws IOException {
        String log = """
                export failed: <CKError 0x1: "Server Rejected Request" (15/2000); "Internal server error">
                export failed: <CKError 0x1: "Internal Error" (99/1); "From a newer CloudKit">
                """;

        assertThat(diagnose(log)).extracting(Diagnosis::detail).first().isEqualTo(
                "CloudKit returned CKError 15 (serverRejectedRequest): \"Internal server error\".");
        assertThat(describe(log)).containsExactly("cloudkit-error - - ×1 @1", "cloudkit-error - - ×1 @2");
        assertThat(diagnose(log).get(1).detail()).contains("CKError 99 (an unrecognised code)");
    }

    @Test
    void ordinarySyncChatterAndProseThatQuotesErrorsGiveNothing() throws IOException {
        String log = """
                CoreData: debug: CoreData+CloudKit: -[PFCloudKitExporter exportIfNecessary]: <PFCloudKitExporter: 0x600002>: Export finished successfully.
                CoreData: CloudKit: CoreData+CloudKit: -[NSCloudKitMirroringDelegate _finishedRequest:withResult:](3582): Finished request: <NSCloudKitMirroringImportRequest: 0x600003> with result: <NSCloudKitMirroringResult: 0x600004> storeIdentifier: 5B1D success: 1 madeChanges: 1 error: (null)
                2026-11-20 09:14:03.512 Df Journal[4312:3c1f2] [Help] Tip: when the log says Cannot create or modify field 'CD_x' in record 'CD_Y' in production schema, deploy the schema.
                2026-11-20 09:14:03.513 Df Journal[4312:3c1f2] [Help] Note - "CloudKit integration requires that all relationships have an inverse" was fixed in 2.1.
                2026-11-20 09:14:03.514 Df Journal[4312:3c1f2] [Help] Retrying after a "Zone Not Found" or a record too large error is pointless.
                2026-11-20 09:14:03.515 Df Journal[4312:3c1f2] [Help] Error 134060 means the model is invalid; NSPersistentHistoryTokenExpiredError = 134301.
                """;

        assertThat(diagnose(log)).isEmpty();
    }

    @Test
    void aProblemCountsEachTimeItAppearsWhetherOrNotTheReaderSplitTheMessages() throws IOException {
        String failure = "<CKError 0x1: \"Partial Failure\" (2/1011); \"Failed to modify some records\"; partial errors: {\n"
                + PRODUCTION_FIELD_ITEM + "\n" + PRODUCTION_FIELD_ITEM + "\n}>\n";
        String prefixed = "2026-11-20 09:14:03.512 E  Journal[4312:3c1f2] [Sync] export failed: " + failure;

        // Each failed batch lists the same error for two records: one occurrence a batch.
        assertThat(describe(failure.repeat(1000))).containsExactly("production-schema-field - CD_Entry/CD_caption ×1000 @2");
        assertThat(describe(("export failed: " + failure).repeat(3)))
                .containsExactly("production-schema-field - CD_Entry/CD_caption ×3 @2");
        assertThat(describe(prefixed.repeat(3))).containsExactly("production-schema-field - CD_Entry/CD_caption ×3 @2");
    }

    @Test
    void aFailureReasonOf134060ThatIsNotTheModelsIsNotAModelValidation() throws IOException {
        String log = """
                CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain Code=134060 "A Core Data error occurred." UserInfo={NSLocalizedFailureReason=The store is in a state this release does not handle}
                CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain Code=134060 "A Core Data error occurred."
                """;

        assertThat(describe(log)).containsExactly("setup-failed - - ×1 @1", "model-validation - - ×1 @2");
        assertThat(diagnose(log).get(0).detail()).isEqualTo("Core Data could not set up CloudKit for the store (error"
                + " 134060: \"The store is in a state this release does not handle\").");
    }

    @Test
    void aSetupFailureIsReportedOnlyWhenTheLogGivesNoCause() throws IOException {
        String setup = "CoreData: error: CoreData+CloudKit: -[NSCloudKitMirroringDelegate _performSetupRequest:]:"
                + " Failed to set up CloudKit integration for store: <NSSQLCore: 0x1> (URL: file:///a.sqlite)\n";

        assertThat(describe(setup + "<CKError 0x2: \"Not Authenticated\" (9/1002); \"No account\">\n"))
                .containsExactly("account - - ×1 @2");
        assertThat(describe(setup + "CoreData: debug: next\n" + setup)).containsExactly("setup-failed - - ×2 @1");
        // An internal error is the setup's cause only printed right after it, not in a later message.
        assertThat(describe(setup + "<CKError 0x3: \"Internal Error\" (1/5000); \"Keys unavailable\">\n"
                + "CoreData: debug: export: <CKError 0x4: \"Internal Error\" (1/5000); \"Keys unavailable\">\n"))
                .containsExactly("setup-failed - - ×1 @2", "cloudkit-error - - ×1 @3");
    }

    @Test
    void pastTheLimitOfDistinctProblemsNewOnesAreOnlyCounted() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < DiagnosisTally.MAX_PROBLEMS + 5; i++) {
            log.append("Cannot create new type CD_T").append(i).append(" in production schema\n");
        }
        LogDiagnoser diagnoser = new LogDiagnoser();

        diagnoser.read(Path.of("sync.log"), new StringReader(log.toString()));

        assertThat(diagnoser.diagnoses()).hasSize(DiagnosisTally.MAX_PROBLEMS);
        assertThat(diagnoser.leftOut()).isEqualTo(5);
    }

    @Test
    void wiringDiagnosesArePlacedWhereTheAppsWiringSays(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("sync.log"), "BUG IN CLIENT OF CLOUDKIT: CloudKit push notifications"
                + " require the 'remote-notification' background mode in your info plist.\n"
                + "Cannot create new type CD_Tag in production schema\n");
        SourceLocation plist = new SourceLocation(dir.resolve("Info.plist"), 12, 5);
        WiringEvidence wiring = kind -> kind == DiagnosisKind.BACKGROUND_MODE_MISSING
                ? Optional.of(new WiringEvidence.Place(plist, List.of("Info.plist lists no remote-notification mode.")))
                : Optional.empty();

        List<Diagnosis> diagnoses = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null, wiring, dir)
                .diagnoses();

        assertThat(diagnoses).extracting(Diagnosis::kind, Diagnosis::location, Diagnosis::notes).containsExactly(
                tuple(DiagnosisKind.BACKGROUND_MODE_MISSING, plist, List.of("Info.plist lists no remote-notification mode.")),
                tuple(DiagnosisKind.PRODUCTION_SCHEMA_TYPE, new SourceLocation(log, 2, 0), List.of()));
    }

    /** Logs are taken in the order given: a later log's problem comes after, whatever its line. */
    @Test
    void diagnosesAreOrderedByLogThenLine() throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("a.log"), new StringReader("\n\nCannot create new type CD_A in production schema\n"));
        diagnoser.read(Path.of("b.log"), new StringReader("Cannot create new type CD_B in production schema\n"));

        assertThat(diagnoser.diagnoses()).extracting(Diagnosis::recordType).containsExactly("CD_A", "CD_B");
    }

    @Test
    void aCkErrorThatIsItselfAnUnexplainedSetupFailureIsNoCause() throws IOException {
        String setup = "CoreData: error: Failed to set up CloudKit integration for store: <NSSQLCore: 0x1>\n";

        assertThat(describe(setup + "<CKError 0x2: \"Operation Cancelled\" (20/1)>; Failed to set up CloudKit"
                + " integration for store: <NSSQLCore: 0x1>\n")).containsExactly("setup-failed - - ×2 @1");
    }

    static List<String> describe(String log) throws IOException {
        return diagnose(log).stream().map(CorpusLogsTest::describe).toList();
    }

    static List<Diagnosis> diagnose(String log) throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("sync.log"), new BufferedReader(new StringReader(log)));
        return diagnoser.diagnoses();
    }
}
