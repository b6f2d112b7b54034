package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Where an error's words stand as a message and which lines of a message are statements of their own. */
class MessageTest {

    private static final String TYPE = "Cannot create new type CD_Tag in production schema";

    @Test
    void errorWordsAfterAWordAreProseButAfterBlanksOrAColonAndQuoteAreAMessage() throws IOException {
        assertThat(describe("a " + TYPE + "\n")).isEmpty();
        assertThat(describe("I \"" + TYPE + "\"\n")).isEmpty();
        assertThat(describe("  " + TYPE + "\n")).containsExactly("production-schema-type - CD_Tag/- ×1 @1");
        assertThat(describe("export failed: \"" + TYPE + "\"\n"))
                .containsExactly("production-schema-type - CD_Tag/- ×1 @1");
    }

    /** Each line as deep as the first is a statement, and each statement's sighting counts. */
    @Test
    void linesNoDeeperThanTheFirstAreStatementsATabCountingAsFourSpaces() throws IOException {
        assertThat(describe("\n" + TYPE + "\n" + TYPE + "\n")).containsExactly(
                "production-schema-type - CD_Tag/- ×2 @2");
        assertThat(describe("\t" + TYPE + "\n  " + TYPE + "\n")).containsExactly(
                "production-schema-type - CD_Tag/- ×2 @1");
        assertThat(describe("  " + TYPE + "\n\t" + TYPE + "\n")).containsExactly(
                "production-schema-type - CD_Tag/- ×1 @1");
        assertThat(describe(TYPE + "\n   \n")).containsExactly("production-schema-type - CD_Tag/- ×1 @1");
    }
}
