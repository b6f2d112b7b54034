package dev.cdlint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and truncated inputs. Each test holds the input and, beside it, the {@code line:column: message} the
 * parser must report for it.
 */
class CkdbParserErrorTest {

    private static final Path FILE = Path.of("broken.ckdb");

    private static void assertRejected(String text, String expectedPositionAndMessage) {
        assertThatThrownBy(() -> CkdbParser.parse(text, FILE))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(FILE + ":" + expectedPositionAndMessage));
    }

    @Test
    void aFileOfAnotherKindIsQuotedOnlyByAShortInertStart() {
        assertRejected("ghp_0123456789abcdefghijklmnopqrstuvwxyz\n",
                "1:1: expected DEFINE SCHEMA but found 'ghp_0123…'");
        assertRejected("DEFINE \"\u001B[2J\"", "1:8: expected SCHEMA after DEFINE but found '\"\\u001B[2J\"'");
    }

    @Test
    void misspelledType() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE CD_Item (
                        CD_name STRIN QUERYABLE
                    );
                """, "3:17: expected a field type (ASSET, BYTES, DOUBLE, ENCRYPTED, INT64, LIST, LOCATION, NUMBER, "
                + "REFERENCE, STRING, TIMESTAMP) but found 'STRIN'");
    }

    @Test
    void misspelledIndexOption() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        x STRING QUERYABL
                    );
                """, "3:18: expected an index option (QUERYABLE, SEARCHABLE, SORTABLE), ',' or ')' but found "
                + "'QUERYABL'");
    }

    @Test
    void missingCommaBetweenFields() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        x STRING
                        y INT64
                    );
                """, "4:9: expected an index option (QUERYABLE, SEARCHABLE, SORTABLE), ',' or ')' but found 'y'");
    }

    @Test
    void missingSemicolonAfterRecordType() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE A (
                        x STRING
                    )
                    RECORD TYPE B (
                        y STRING
                    );
                """, "5:5: expected ';' after RECORD TYPE A but found 'RECORD'");
    }

    @Test
    void missingSemicolonAfterRoleAtEndOfFile() {
        assertRejected("""
                DEFINE SCHEMA
                    CREATE ROLE "_editor"
                """, "3:1: unexpected end of file: expected ';' after CREATE ROLE \"_editor\"");
    }

    @Test
    void missingClosingParenthesisAtEndOfFile() {
        assertRejected("""
                DEFINE SCHEMA

                    RECORD TYPE CD_Item (
                        CD_name STRING,
                        CD_count INT64
                """, "6:1: unexpected end of file: expected ')' to close RECORD TYPE CD_Item opened at 3:5");
    }

    @Test
    void fileCutAfterAComma() {
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x STRING,",
                "1:40: unexpected end of file: expected a field name or GRANT");
    }

    @Test
    void trailingCommaIsRejectedAtTheComma() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        x STRING,
                        GRANT READ TO "_world",
                    );
                """, "4:31: expected another field or GRANT after ',' but found ')': remove the trailing comma");
    }

    @Test
    void unterminatedQuotedIdentifierIsReportedWhereItStarts() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        "___recordID REFERENCE,
                        x STRING
                    );
                """, "3:9: unterminated quoted identifier: expected a closing '\"' on the same line");
    }

    @Test
    void emptyQuotedIdentifier() {
        assertRejected("DEFINE SCHEMA RECORD TYPE \"\" ( );",
                "1:27: expected a name between the quotes but found '\"\"'");
    }

    @Test
    void unterminatedBlockCommentIsReportedWhereItStarts() {
        assertRejected("""
                DEFINE SCHEMA
                    /* RECORD TYPE Old (
                        x STRING
                    );
                """, "2:5: unterminated block comment: expected '*/' before the end of file");
    }

    @Test
    void reservedWordUsedBareAsAFieldName() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        queryable STRING
                    );
                """, "3:9: expected a field name or GRANT but found reserved word 'queryable': write it quoted, "
                + "\"queryable\"");
    }

    @Test
    void reservedWordUsedBareAsARecordTypeName() {
        assertRejected("DEFINE SCHEMA RECORD TYPE Preferred ( x STRING );",
                "1:27: expected a record type name after RECORD TYPE but found reserved word 'Preferred': write it "
                        + "quoted, \"Preferred\"");
    }

    @Test
    void bareFieldNamedGrantReadsAsAGrantAndTheErrorSaysSo() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        grant STRING
                    );
                """, "3:15: expected a permission (READ, CREATE, WRITE) but found 'STRING' (a field named grant must "
                + "be quoted: \"grant\")");
    }

    @Test
    void misspelledPermissionGetsNoHintAboutFieldsNamedGrant() {
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( GRANT REED TO dev );",
                "1:37: expected a permission (READ, CREATE, WRITE) but found 'REED'");
    }

    @Test
    void grantWithoutTo() {
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( GRANT READ \"_world\" );",
                "1:42: expected ',' or TO after the permissions but found '\"_world\"'");
    }

    @Test
    void unquotedDottedName() {
        assertRejected("DEFINE SCHEMA RECORD TYPE cloudkit.share ( );",
                "1:35: expected '(' after RECORD TYPE cloudkit but found '.'");
    }

    @Test
    void typeErrorsInsideCompoundTypes() {
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x LIST<LIST<STRING>> );",
                "1:38: expected a list element type (ASSET, BYTES, DOUBLE, ENCRYPTED, INT64, LOCATION, NUMBER, "
                        + "REFERENCE, STRING, TIMESTAMP) but found 'LIST'");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x LIST<STRING );",
                "1:45: expected '>' to close LIST<STRING but found ')'");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x ENCRYPTED ASSET );",
                "1:43: expected a type that can be ENCRYPTED (BYTES, STRING, DOUBLE, INT64, LOCATION, TIMESTAMP) "
                        + "but found 'ASSET'");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x NUMBER PREFERRED INT64 );",
                "1:50: expected AS after NUMBER PREFERRED but found 'INT64'");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x NUMBER PREFERRED AS STRING );",
                "1:53: expected INT64 or DOUBLE after NUMBER PREFERRED AS but found 'STRING'");
    }

    @Test
    void garbageBeforeDefineSchema() {
        assertRejected("""
                schema.ckdb
                DEFINE SCHEMA
                """, "1:1: expected DEFINE SCHEMA but found 'schema'");
    }

    @Test
    void defineWithoutSchema() {
        assertRejected("DEFINE RECORD TYPE T ( );", "1:8: expected SCHEMA after DEFINE but found 'RECORD'");
    }

    @Test
    void emptyFileAndCommentOnlyFile() {
        assertRejected("", "1:1: unexpected end of file: expected DEFINE SCHEMA");
        assertRejected("-- nothing yet\n", "2:1: unexpected end of file: expected DEFINE SCHEMA");
    }

    @Test
    void unknownStatement() {
        assertRejected("""
                DEFINE SCHEMA
                    DROP RECORD TYPE T;
                """, "2:5: expected CREATE ROLE or RECORD TYPE but found 'DROP'");
    }

    @Test
    void invisibleStrayCharacterIsNamedByCodePoint() {
        assertRejected("DEFINE SCHEMA\u00A0RECORD TYPE T ( );",
                "1:14: expected CREATE ROLE or RECORD TYPE but found U+00A0");
    }

    @Test
    void duplicatesAreReportedAtTheSecondWithTheFirstPosition() {
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T (
                        x STRING,
                        "x" INT64
                    );
                """, "4:9: field x in RECORD TYPE T is already defined at 3:9");
        assertRejected("""
                DEFINE SCHEMA
                    RECORD TYPE T ( );
                    RECORD TYPE "T" ( );
                """, "3:5: RECORD TYPE T is already defined at 2:5");
        assertRejected("""
                DEFINE SCHEMA
                    CREATE ROLE dev;
                    CREATE ROLE dev;
                """, "3:5: ROLE dev is already defined at 2:5");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( x STRING SORTABLE QUERYABLE SORTABLE );",
                "1:59: SORTABLE is already given for field x");
        assertRejected("DEFINE SCHEMA RECORD TYPE T ( GRANT READ, WRITE, READ TO dev );",
                "1:50: READ is already granted earlier in this GRANT");
    }

    @Test
    void missingFileIsAnInputErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("schema.ckdb");

        assertThatThrownBy(() -> CkdbParser.parse(missing))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.location()).isEqualTo(SourceLocation.ofFile(missing));
                    assertThat(e.getMessage()).isEqualTo("cannot read the schema: no such file or directory");
                });
    }

    @Test
    void fileThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("schema.ckdb"),
                "DEFINE SCHEMA -- caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CkdbParser.parse(latin1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(latin1 + ": cannot read the schema: it is not valid UTF-8"));
    }

    @Test
    void directoryIsAnInputError(@TempDir Path dir) {
        assertThatThrownBy(() -> CkdbParser.parse(dir))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.location()).isEqualTo(SourceLocation.ofFile(dir));
                    assertThat(e.getMessage()).startsWith("cannot read the schema: ");
                });
    }

    @Test
    void fileIsReadAsUtf8WithItsBom(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("schema.ckdb"),
                "\uFEFFDEFINE SCHEMA -- café\n    RECORD TYPE T ( x STRING );\n", StandardCharsets.UTF_8);

        Schema schema = CkdbParser.parse(file);

        assertThat(schema.recordTypes().get(0).location()).isEqualTo(new SourceLocation(file, 2, 5));
    }
}
