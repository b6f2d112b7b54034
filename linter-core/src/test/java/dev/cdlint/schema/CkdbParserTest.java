package dev.cdlint.schema;

import static dev.cdlint.schema.FieldType.Kind.ASSET;
import static dev.cdlint.schema.FieldType.Kind.BYTES;
import static dev.cdlint.schema.FieldType.Kind.DOUBLE;
import static dev.cdlint.schema.FieldType.Kind.INT64;
import static dev.cdlint.schema.FieldType.Kind.LOCATION;
import static dev.cdlint.schema.FieldType.Kind.REFERENCE;
import static dev.cdlint.schema.FieldType.Kind.STRING;
import static dev.cdlint.schema.FieldType.Kind.TIMESTAMP;
import static dev.cdlint.schema.IndexOption.QUERYABLE;
import static dev.cdlint.schema.IndexOption.SEARCHABLE;
import static dev.cdlint.schema.IndexOption.SORTABLE;
import static dev.cdlint.schema.Permission.CREATE;
import static dev.cdlint.schema.Permission.READ;
import static dev.cdlint.schema.Permission.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-formed inputs, written inline so each case shows the text it reads. */
class CkdbParserTest {

    private static final Path FILE = Path.of("fixture.ckdb");

    private static Schema parse(String text) {
        return CkdbParser.parse(text, FILE);
    }

    /** The only record type of a schema. */
    private static RecordType onlyType(String text) {
        Schema schema = parse(text);
        assertThat(schema.recordTypes()).hasSize(1);
        return schema.recordTypes().get(0);
    }

    private static Field field(RecordType type, String name) {
        return type.field(name).orElseThrow(() -> new AssertionError("no field " + name + " in " + type.fields()));
    }

    @Test
    void everyFieldType() {
        RecordType type = onlyType("""
                DEFINE SCHEMA
                    RECORD TYPE AllTypes (
                        a ASSET, b BYTES, c DOUBLE, d INT64, e LOCATION, f REFERENCE, g STRING, h TIMESTAMP,
                        i NUMBER, j NUMBER PREFERRED AS INT64, k NUMBER PREFERRED AS DOUBLE,
                        l ENCRYPTED BYTES, m ENCRYPTED STRING, n ENCRYPTED DOUBLE, o ENCRYPTED INT64,
                        p ENCRYPTED LOCATION, q ENCRYPTED TIMESTAMP,
                        r LIST<ASSET>, s LIST<INT64>, t LIST<ENCRYPTED STRING>, u LIST<NUMBER PREFERRED AS DOUBLE>
                    );
                """);

        assertThat(type.fields()).extracting(Field::type).containsExactly(
                FieldType.of(ASSET), FieldType.of(BYTES), FieldType.of(DOUBLE), FieldType.of(INT64),
                FieldType.of(LOCATION), FieldType.of(REFERENCE), FieldType.of(STRING), FieldType.of(TIMESTAMP),
                FieldType.number(), FieldType.numberPreferredAs(INT64), FieldType.numberPreferredAs(DOUBLE),
                FieldType.encrypted(BYTES), FieldType.encrypted(STRING), FieldType.encrypted(DOUBLE),
                FieldType.encrypted(INT64), FieldType.encrypted(LOCATION), FieldType.encrypted(TIMESTAMP),
                FieldType.listOf(FieldType.of(ASSET)), FieldType.listOf(FieldType.of(INT64)),
                FieldType.listOf(FieldType.encrypted(STRING)),
                FieldType.listOf(FieldType.numberPreferredAs(DOUBLE)));
    }

    @Test
    void indexOptionsInAnyOrderAndSubset() {
        RecordType type = onlyType("""
                DEFINE SCHEMA
                    RECORD TYPE Note (
                        none STRING,
                        one STRING SORTABLE,
                        two INT64 SORTABLE QUERYABLE,
                        all STRING SORTABLE SEARCHABLE QUERYABLE
                    );
                """);

        assertThat(field(type, "none").options()).isEmpty();
        assertThat(field(type, "one").options()).containsExactly(SORTABLE);
        assertThat(field(type, "two").options()).containsExactly(QUERYABLE, SORTABLE);
        assertThat(field(type, "all").options()).containsExactly(QUERYABLE, SEARCHABLE, SORTABLE);
        assertThat(field(type, "all").has(SEARCHABLE)).isTrue();
        assertThat(field(type, "one").has(QUERYABLE)).isFalse();
    }

    @Test
    void keywordsOtherThanTheFiveReservedWordsAreNamesWherePositionSaysSo() {
        Schema schema = parse("""
                DEFINE SCHEMA
                    RECORD TYPE List (
                        type STRING, order INT64, timestamp TIMESTAMP, asset ASSET, location LOCATION,
                        role STRING, end TIMESTAMP, index INT64, string STRING, list LIST<STRING>,
                        define STRING, schema STRING, record STRING, create STRING, to STRING, as STRING,
                        read INT64, write INT64, encrypted ENCRYPTED STRING, number NUMBER
                    );
                    RECORD TYPE STRING (
                        GRANT READ TO TO
                    );
                    CREATE ROLE ROLE;
                """);

        assertThat(schema.recordTypes()).extracting(RecordType::name).containsExactly("List", "STRING");
        assertThat(schema.recordTypes().get(0).fields()).extracting(Field::name).containsExactly(
                "type", "order", "timestamp", "asset", "location", "role", "end", "index", "string", "list",
                "define", "schema", "record", "create", "to", "as", "read", "write", "encrypted", "number");
        assertThat(schema.recordTypes().get(1).grants()).extracting(Grant::role).containsExactly("TO");
        assertThat(schema.roles()).containsExactly("ROLE");
    }

    @Test
    void quotedNamesAreStoredWithoutQuotes() {
        Schema schema = parse("""
                DEFINE SCHEMA
                    RECORD TYPE "cloudkit.share" (
                        "___recordID" REFERENCE QUERYABLE,
                        "cloudkit.title" STRING,
                        "CD_x" STRING,
                        "grant" STRING,
                        "has space é" INT64,
                        GRANT READ TO "_world"
                    );
                """);

        RecordType share = schema.recordType("cloudkit.share").orElseThrow();
        assertThat(share.fields()).extracting(Field::name)
                .containsExactly("___recordID", "cloudkit.title", "CD_x", "grant", "has space é");
        assertThat(share.grants()).extracting(Grant::role).containsExactly("_world");
        assertThat(share.hasField("CD_x")).isTrue();
        assertThat(share.hasField("\"CD_x\"")).isFalse();
    }

    @Test
    void bareUnderscoreNamesAreTolerated() {
        RecordType type = onlyType("DEFINE SCHEMA RECORD TYPE T ( _x STRING, GRANT READ TO _world );");

        assertThat(type.fields()).extracting(Field::name).containsExactly("_x");
        assertThat(type.grants()).extracting(Grant::role).containsExactly("_world");
    }

    @Test
    void everyCommentStyleIsSkipped() {
        Schema schema = parse("""
                // line comment before DEFINE SCHEMA: RECORD TYPE Ghost ( x STRING );
                -- another style — with non-ASCII text ✓
                /* a block comment
                   RECORD TYPE Ghost ( x STRING );
                   over lines */
                DEFINE /* inline */ SCHEMA
                    RECORD TYPE Real ( -- trailing comment
                        x STRING, // why x
                        y/**/INT64/* no space needed */QUERYABLE
                    );
                -- last line without a newline""");

        assertThat(schema.recordTypes()).extracting(RecordType::name).containsExactly("Real");
        assertThat(schema.recordTypes().get(0).fields()).extracting(Field::name).containsExactly("x", "y");
        assertThat(schema.recordTypes().get(0).location()).isEqualTo(new SourceLocation(FILE, 7, 5));
    }

    @Test
    void crlfLineEndingsAndTabsKeepPositionsRight() {
        RecordType type = onlyType(
                "DEFINE SCHEMA\r\n\r\n\tRECORD TYPE T (\r\n\t\tx STRING,\r\n\t\ty INT64\r\n\t);\r\n");

        assertThat(type.location()).isEqualTo(new SourceLocation(FILE, 3, 2));
        assertThat(field(type, "y").location()).isEqualTo(new SourceLocation(FILE, 5, 3));
    }

    @Test
    void keywordsInAnyCaseNamesCaseSensitive() {
        Schema schema = parse("""
                define schema
                    create role Editor;
                    Record Type Item (
                        Title string Queryable sortable,
                        title list<int64>,
                        n number preferred as int64,
                        s Encrypted String,
                        grant read, Write to Editor
                    );
                """);

        RecordType item = schema.recordTypes().get(0);
        assertThat(schema.roles()).containsExactly("Editor");
        assertThat(field(item, "Title").type()).isEqualTo(FieldType.of(STRING));
        assertThat(field(item, "Title").options()).containsExactly(QUERYABLE, SORTABLE);
        assertThat(field(item, "title").type()).isEqualTo(FieldType.listOf(FieldType.of(INT64)));
        assertThat(field(item, "n").type()).isEqualTo(FieldType.numberPreferredAs(INT64));
        assertThat(field(item, "s").type()).isEqualTo(FieldType.encrypted(STRING));
        assertThat(item.permissionsByRole()).containsExactly(entry("Editor", EnumSet.of(READ, WRITE)));
    }

    @Test
    void rolesAndGrantsToCustomRoles() {
        Schema schema = parse("""
                DEFINE SCHEMA
                    CREATE ROLE DeptManager;
                    CREATE ROLE "audit.team";

                    RECORD TYPE Department (
                        name STRING,
                        GRANT WRITE TO "_creator",
                        GRANT CREATE TO "_icloud",
                        GRANT READ TO "_world",
                        GRANT WRITE, CREATE, READ TO DeptManager,
                        GRANT READ TO "audit.team"
                    );
                """);

        RecordType department = schema.recordTypes().get(0);
        assertThat(schema.roles()).containsExactly("DeptManager", "audit.team");
        assertThat(department.grants().get(3).permissions()).containsExactly(READ, CREATE, WRITE);
        assertThat(department.grants().get(0).location()).isEqualTo(new SourceLocation(FILE, 7, 9));
        assertThat(department.permissionsByRole()).containsExactly(
                entry("DeptManager", EnumSet.of(READ, CREATE, WRITE)),
                entry("_creator", EnumSet.of(WRITE)),
                entry("_icloud", EnumSet.of(CREATE)),
                entry("_world", EnumSet.of(READ)),
                entry("audit.team", EnumSet.of(READ)));
    }

    @Test
    void recordTypesWithoutElementsOrGrantsAndAnEmptySchema() {
        Schema schema = parse("""
                DEFINE SCHEMA
                    RECORD TYPE Empty ( );
                    RECORD TYPE NoGrants ( x STRING );
                """);

        assertThat(schema.recordTypes().get(0).fields()).isEmpty();
        assertThat(schema.recordTypes().get(1).grants()).isEmpty();
        assertThat(parse("DEFINE SCHEMA\n")).isEqualTo(new Schema(List.of(), List.of()));
    }

    @Test
    void byteOrderMarkTakesNoColumn() {
        RecordType type = onlyType("\uFEFFDEFINE SCHEMA RECORD TYPE T ( x STRING );");

        assertThat(type.location()).isEqualTo(new SourceLocation(FILE, 1, 15));
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        RecordType type = onlyType("DEFINE SCHEMA RECORD TYPE \"\uD83D\uDE00\" ( /* \uD83D\uDE00 */ x STRING );");

        assertThat(type.name()).isEqualTo("\uD83D\uDE00");
        // Two emoji before x, each one character but two UTF-16 units: counting units would say 43.
        assertThat(field(type, "x").location().column()).isEqualTo(41);
    }
}
