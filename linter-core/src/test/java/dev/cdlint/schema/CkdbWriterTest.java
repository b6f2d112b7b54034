package dev.cdlint.schema;

import static dev.cdlint.schema.FieldType.Kind.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The export layout of ckdb-grammar.md §2, shown on small inputs next to the text they must produce. */
class CkdbWriterTest {

    private static final Path FILE = Path.of("input.ckdb");
    private static final SourceLocation NOWHERE = SourceLocation.ofFile(FILE);

    private static String rewrite(String text) {
        return CkdbWriter.write(CkdbParser.parse(text, FILE));
    }

    @Test
    void sortsAlignsAndMergesLikeAnExport() {
        String input = """
                -- hand-written, in no particular order
                DEFINE SCHEMA
                RECORD TYPE Users ( roles LIST<INT64>, GRANT READ TO "_world" );
                CREATE ROLE moderator;
                RECORD TYPE CD_Item (
                    GRANT READ TO "_world",
                    GRANT WRITE, CREATE TO moderator,
                    CD_title STRING SORTABLE SEARCHABLE QUERYABLE,
                    "___recordID" REFERENCE QUERYABLE,
                    note ENCRYPTED STRING,
                    CD_entityName STRING,
                    GRANT WRITE TO "_creator",
                    GRANT CREATE TO "_icloud",
                    GRANT READ TO moderator
                );
                CREATE ROLE Auditor;
                """;

        assertThat(rewrite(input)).isEqualTo("""
                DEFINE SCHEMA

                    CREATE ROLE Auditor;

                    CREATE ROLE moderator;

                    RECORD TYPE CD_Item (
                        CD_entityName STRING,
                        CD_title      STRING QUERYABLE SEARCHABLE SORTABLE,
                        "___recordID" REFERENCE QUERYABLE,
                        note          ENCRYPTED STRING,
                        GRANT WRITE TO "_creator",
                        GRANT CREATE TO "_icloud",
                        GRANT READ TO "_world",
                        GRANT READ, CREATE, WRITE TO moderator
                    );

                    RECORD TYPE Users (
                        roles LIST<INT64>,
                        GRANT READ TO "_world"
                    );
                """);
    }

    @Test
    void grantRolesSortOnTheUnquotedName() {
        // Sorting on the printed name would put every quoted role first; exports put CirclesAppUser first (§2 rule 7).
        String input = """
                DEFINE SCHEMA RECORD TYPE T (
                    GRANT READ TO dev, GRANT READ TO "_world", GRANT READ TO CirclesAppUser, GRANT READ TO "_creator"
                );
                """;

        assertThat(rewrite(input)).isEqualTo("""
                DEFINE SCHEMA

                    RECORD TYPE T (
                        GRANT READ TO CirclesAppUser,
                        GRANT READ TO "_creator",
                        GRANT READ TO "_world",
                        GRANT READ TO dev
                    );
                """);
    }

    @Test
    void quotesExactlyTheNamesApplesBareIdentifierRuleRejects() {
        String input = """
                DEFINE SCHEMA RECORD TYPE "cloudkit.share" (
                    "grant" STRING, "Sortable" STRING, "PREFERRED" STRING,
                    "_private" STRING, "1st" STRING, "with space" STRING, "café" STRING,
                    "plain" STRING, type STRING, List STRING, x_1 STRING
                );
                """;

        assertThat(rewrite(input)).isEqualTo("""
                DEFINE SCHEMA

                    RECORD TYPE "cloudkit.share" (
                        "1st"        STRING,
                        List         STRING,
                        "PREFERRED"  STRING,
                        "Sortable"   STRING,
                        "_private"   STRING,
                        "café"       STRING,
                        "grant"      STRING,
                        plain        STRING,
                        type         STRING,
                        "with space" STRING,
                        x_1          STRING
                    );
                """);
    }

    @Test
    void spellsEveryTypeInUpperCase() {
        String input = """
                define schema record type T (
                    a number, b number preferred as double, c list<encrypted string>, d list<number preferred as int64>
                );
                """;

        assertThat(rewrite(input)).isEqualTo("""
                DEFINE SCHEMA

                    RECORD TYPE T (
                        a NUMBER,
                        b NUMBER PREFERRED AS DOUBLE,
                        c LIST<ENCRYPTED STRING>,
                        d LIST<NUMBER PREFERRED AS INT64>
                    );
                """);
    }

    @Test
    void emptyRecordTypeAndEmptySchema() {
        assertThat(rewrite("DEFINE SCHEMA RECORD TYPE Empty ( );")).isEqualTo("""
                DEFINE SCHEMA

                    RECORD TYPE Empty (
                    );
                """);
        assertThat(rewrite("DEFINE SCHEMA")).isEqualTo("DEFINE SCHEMA\n");
    }

    @Test
    void quotesRolesAndNamesOfSchemasBuiltInCode() {
        Field field = new Field("queryable", FieldType.of(STRING), Set.of(), NOWHERE);
        Grant grant = new Grant(Set.of(Permission.WRITE, Permission.READ), "team.a", NOWHERE);
        Schema schema = new Schema(List.of("team.a"), List.of(new RecordType("_T", List.of(field), List.of(grant),
                NOWHERE)));

        assertThat(CkdbWriter.write(schema)).isEqualTo("""
                DEFINE SCHEMA

                    CREATE ROLE "team.a";

                    RECORD TYPE "_T" (
                        "queryable" STRING,
                        GRANT READ, WRITE TO "team.a"
                    );
                """);
    }
}
