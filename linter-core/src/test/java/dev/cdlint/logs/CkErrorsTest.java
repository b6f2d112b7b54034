package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.describe;
import static dev.cdlint.logs.LogDiagnoserTest.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CKErrors in each shape a log prints them, what their code alone says when no known message explains them, and
 * which parts of a description make repeats of one error one problem.
 */
class CkErrorsTest {

    private static final String ERROR = "CoreData: error: export failed: ";

    @Test
    void anAppsRenderingsOfACodeAreReadAtALinesStartOrInside() throws IOException {
        assertThat(details("CKErrorDomain error 27\n" + ERROR + "CKErrorDomain Code=25\n" + ERROR
                + "CKError.Code: 9\n")).containsExactly(
                        "CloudKit refused a request over one of its limits (\"Limit Exceeded\").",
                        "CloudKit refused a save: the user's iCloud storage is full (\"Quota Exceeded\").",
                        "CloudKit refused the request: no authenticated iCloud account (\"Not Authenticated\").");
        assertThat(diagnose("sync failed with a CKError\n" + ERROR + "no CKErrorDomain here\n")).isEmpty();
    }

    @Test
    void aDescriptionAtTheMessagesStartIsReadWithoutTheCkErrorAroundIt() throws IOException {
        assertThat(details("\"Zone Not Found\" (26/2036); \"Zone 'Journal' does not exist\"\n")).containsExactly(
                "The record zone does not exist (zone Journal): \"Zone 'Journal' does not exist\".");
    }

    @Test
    void theZoneIsNamedWhenTheErrorSaysWhichAndADeletedZoneIsTheUsers() throws IOException {
        assertThat(details(ERROR + "<CKError 0x1: \"Zone Not Found\" (26/2036)>\n" + ERROR
                + "<CKError 0x2: \"User Deleted Zone\" (28/2050); \"Zone 'Journal' does not exist\">\n"))
                .containsExactly("The record zone does not exist.",
                        "The user deleted the record zone (zone Journal): \"Zone 'Journal' does not exist\".");
    }

    @Test
    void theLongestCodeNameIsRecognised() throws IOException {
        assertThat(details(ERROR + "<CKError 0x1: \"Participant May Need Verification\" (33/2070)>\n"))
                .containsExactly("CloudKit returned CKError 33 (participantMayNeedVerification).");
    }

    /** Internal codes print only the server's number: the name says which CKError it is. */
    @Test
    void aNumberOver100IsTheServersAndTheNameGivesTheCode() throws IOException {
        assertThat(details(ERROR + "<CKError 0x1: \"Limit Exceeded\" (2023)>\n" + ERROR
                + "<CKError 0x2: \"Internal Error\" (100)>\n" + ERROR + "<CKError 0x3: \"Internal Error\" (101)>\n"))
                .containsExactly("CloudKit refused a request over one of its limits (\"Limit Exceeded\").",
                        "CloudKit returned CKError 100 (an unrecognised code).",
                        "CloudKit returned CKError 1 (internalError).");
    }

    @Test
    void codesOutsideThePublicListAreUnrecognised() throws IOException {
        assertThat(details(ERROR + "CKErrorDomain error 0\n" + ERROR + "CKErrorDomain error 37\n" + ERROR
                + "CKErrorDomain error 36\n")).containsExactly(
                        "CloudKit returned CKError 0 (an unrecognised code).",
                        "CloudKit returned CKError 37 (an unrecognised code).",
                        "The iCloud account is temporarily unavailable (CKError 36).");
    }

    @Test
    void anUnreachableDaemonIsToldByTheUnderlyingErrorOrTheXpcErrorThatFollows() throws IOException {
        String daemon = "CloudKit answered \"Service Unavailable\" because the process could not reach the CloudKit"
                + " daemon (an XPC connection error, NSCocoaErrorDomain 4099)";
        assertThat(details(ERROR + "<CKError 0x1: \"Internal Error\" (1/NSCocoaErrorDomain:4099)>\n"))
                .containsExactly(daemon + ".");
        assertThat(details(ERROR + "<CKError 0x2: \"Service Unavailable\" (6/2022); \"Try later\"> Error"
                + " Domain=NSCocoaErrorDomain Code=4099\n")).containsExactly(daemon + ": \"Try later\".");
        assertThat(details(ERROR + "<CKError 0x3: \"Service Unavailable\" (6/2022)>\n")).containsExactly(
                "CloudKit asked the app to wait before sending more requests (CKError 6, serviceUnavailable).");
    }

    @Test
    void aServerMessageIsTheDescriptionOnlyWithItsEqualsSignAndQuote() throws IOException {
        assertThat(details(ERROR + "<CKError 0x1: \"Limit Exceeded\" (27/2023); server message = \"Request too"
                + " large\">\n")).containsExactly(
                        "CloudKit refused a request over one of its limits (\"Limit Exceeded\"): \"Request too large\".");
        String bare = "CloudKit refused a request over one of its limits (\"Limit Exceeded\").";
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); server message \"Request too large\"")).containsExactly(bare);
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); server message")).containsExactly(bare);
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); Request too large")).containsExactly(bare);
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023);")).containsExactly(bare);
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023)")).containsExactly(bare);
    }

    @Test
    void aDescriptionEndsAtItsQuoteTheLineOr300CharactersWithoutTrailingSpaceOrCurlyQuotes() throws IOException {
        String limit = "CloudKit refused a request over one of its limits (\"Limit Exceeded\"): \"";
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); \"Request too large")).containsExactly(
                limit + "Request too large\".");
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); \"Request too large \u201D\n  at the end\n"))
                .containsExactly(limit + "Request too large\".");
        assertThat(details(ERROR + "\"Limit Exceeded\" (27/2023); \"" + "x".repeat(400) + "\"")).containsExactly(
                limit + "x".repeat(300) + "\".");
    }

    @Test
    void aCodeExplainedByAnEarlierKnownMessageStillCountsButNotAsASetupFailure() throws IOException {
        assertThat(describe(ERROR + "Cannot create new type CD_Tag in production schema; <CKError 0x1: \"Internal"
                + " Error\" (1/5000); \"Keys unavailable\">\n")).containsExactly(
                        "production-schema-type - CD_Tag/- ×1 @1", "cloudkit-error - - ×1 @1");
    }

    @Test
    void anInternalErrorInTheSetupFailuresOwnMessageIsItsCause() throws IOException {
        assertThat(details("CoreData: error: Failed to set up CloudKit integration for store: <NSSQLCore: 0x1>"
                + " <CKError 0x3: \"Internal Error\" (1/5000); \"Keys unavailable\">\n")).containsExactly(
                        "CloudKit setup failed with an internal error (CKError 1): \"Keys unavailable\".");
    }

    @Test
    void appRenderingsAndDescriptionsAreTakenInTheOrderTheyArePrinted() throws IOException {
        assertThat(describe(ERROR + "CKErrorDomain Code=27, then <CKError 0x1: \"Zone Not Found\" (26/2036)>\n"))
                .containsExactly("limit-exceeded - - ×1 @1", "zone-not-found - - ×1 @1");
    }

    @Test
    void aBatchInsideAPartialFailuresListIsPartOfIt() throws IOException {
        assertThat(describe(ERROR + "<CKError 0x1: \"Partial Failure\" (2/1011); \"Failed\"; partial errors: {\n"
                + "\ta = <CKError 0x2: \"Batch Request Failed\" (22/2024); \"Atomic failure\">\n"
                + "\tb = <CKError 0x3: \"Invalid Arguments\" (12/2006); server message = \"Cannot create or modify"
                + " field 'CD_caption' in record 'CD_Entry' in production schema\">\n}>\n"))
                .containsExactly("production-schema-field - CD_Entry/CD_caption ×1 @3");
    }

    @Test
    void aKnownMessageAfterAPartialFailuresListDoesNotExplainIt() throws IOException {
        String cancelled = "<CKError 0x2: \"Operation Cancelled\" (20/1); \"x\"; UserInfo={k=v}>";
        assertThat(describe(ERROR + "<CKError 0x1: \"Partial Failure\" (2/1011); \"Failed\"; partial errors: {\n"
                + "\ta = " + cancelled + "\n}>\nCannot create new type CD_Tag in production schema\n"))
                .containsExactly("partial-failure - - ×1 @1", "production-schema-type - CD_Tag/- ×1 @4");
        // A list the log cuts short runs to the message's end.
        assertThat(describe(ERROR + "<CKError 0x1: \"Partial Failure\" (2/1011); \"Failed\"; partial errors: {\n"
                + "\ta = " + cancelled + "\n")).containsExactly("partial-failure - - ×1 @1");
    }

    @Test
    void aPartialFailureWithoutItsListEndsAtTheNextCkError() throws IOException {
        assertThat(describe(ERROR + "<CKError 0x1: \"Partial Failure\" (2/1011); \"Failed\">; then"
                + " <CKError 0x2: \"Operation Cancelled\" (20/1)>; Cannot create new type CD_Tag in production schema;"
                + " <CKError 0x3: \"Partial Failure\" (2/1011); partial errors: {}>\n"))
                .containsExactly("production-schema-type - CD_Tag/- ×1 @1", "partial-failure - - ×1 @1");
    }

    @Test
    void addressesUuidsAndWhatFollowsANameOrColonDoNotSplitAProblem() throws IOException {
        String server = ERROR + "<CKError 0x1: \"Server Rejected Request\" (15/2000); \"%s\">\n";
        assertThat(counts(server.formatted("Rejected record: A") + server.formatted("Rejected record: B")))
                .containsExactly(2);
        assertThat(counts(server.formatted("<record A> rejected") + server.formatted("<record B> rejected")))
                .containsExactly(2);
        assertThat(counts(server.formatted("Record 0x1a rejected") + server.formatted("Record 0x2b rejected")
                + server.formatted("Record rejected") + server.formatted("Record\trejected"))).containsExactly(4);
        assertThat(counts(server.formatted("Record 8F3A1B2C-1111-2222-3333-444455556666 rejected")
                + server.formatted("Record 9F3A1B2C-1111-2222-3333-444455556666 rejected")
                + server.formatted("Record-rejected"))).containsExactly(2, 1);
        assertThat(counts(server.formatted("Record rejected") + server.formatted("Zone rejected")))
                .containsExactly(1, 1);
    }

    private static List<String> details(String log) throws IOException {
        return diagnose(log).stream().map(Diagnosis::detail).toList();
    }

    private static List<Integer> counts(String log) throws IOException {
        return diagnose(log).stream().map(Diagnosis::count).toList();
    }
}
