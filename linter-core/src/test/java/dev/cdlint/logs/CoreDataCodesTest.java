package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Core Data's 134xxx error codes: each counts unless the words printed with it already say what it is. */
class CoreDataCodesTest {

    @Test
    void everyCodeOfAMessageIsRead() throws IOException {
        assertThat(describe("CoreData: error: Code=134400 then Code=134410 then Code=134301 then Code=134999 then"
                + " Code=134060\n")).containsExactly("account - - ×1 @1", "store-in-use-elsewhere - - ×1 @1",
                        "history-expired - - ×1 @1", "model-validation - - ×1 @1");
    }

    @Test
    void aCodeCountsBesideWordsThatSayAnotherProblem() throws IOException {
        assertThat(describe("CoreData: error: Error Domain=NSCocoaErrorDomain Code=134400; Cannot create new type CD_Tag"
                + " in production schema\n")).containsExactly("production-schema-type - CD_Tag/- ×1 @1",
                        "account - - ×1 @1");
    }

    /** Which code the words belong to is by where they stand, whatever order they were recognised in. */
    @Test
    void theWordsAfterA134060AreWhatItSays() throws IOException {
        assertThat(describe("CoreData: error: Operation throttled by previous server http 503 reply; Error"
                + " Domain=NSCocoaErrorDomain Code=134060; Cannot create new type CD_Tag in production schema\n"))
                .containsExactly("production-schema-type - CD_Tag/- ×1 @1", "throttled - - ×1 @1");
    }
}
