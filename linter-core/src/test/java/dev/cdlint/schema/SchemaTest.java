package dev.cdlint.schema;

import static dev.cdlint.schema.FieldType.Kind.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Comparing schemas the way a schema diff needs: by what CloudKit would hold, not by how the text was laid out. */
class SchemaTest {

    private static final String BASE = """
            DEFINE SCHEMA
                CREATE ROLE dev;
                RECORD TYPE A (
                    x STRING QUERYABLE,
                    y LIST<INT64>,
                    GRANT READ TO "_world",
                    GRANT WRITE TO dev
                );
                RECORD TYPE B ( z ASSET );
            """;

    private static Schema parse(String text) {
        return CkdbParser.parse(text, Path.of("a.ckdb"));
    }

    private static boolean sameAsBase(String text) {
        return CkdbParser.parse(text, Path.of("b.ckdb")).sameAs(parse(BASE));
    }

    @Test
    void sameWhateverTheOrderLayoutFileAndGrantSplitting() {
        assertThat(sameAsBase("""
                DEFINE SCHEMA
                RECORD TYPE B ( z ASSET );
                CREATE ROLE dev;
                RECORD TYPE A ( GRANT WRITE TO dev, y LIST<INT64>, GRANT READ TO "_world", "x" STRING QUERYABLE );
                """)).isTrue();
        assertThat(parse(BASE)).isNotEqualTo(CkdbParser.parse(BASE, Path.of("b.ckdb")));
    }

    @Test
    void differentWhenAnythingCloudKitKeepsDiffers() {
        assertThat(sameAsBase(BASE.replace("x STRING QUERYABLE", "x STRING"))).as("options").isFalse();
        assertThat(sameAsBase(BASE.replace("LIST<INT64>", "LIST<DOUBLE>"))).as("type").isFalse();
        assertThat(sameAsBase(BASE.replace("x STRING", "x ENCRYPTED STRING"))).as("encryption").isFalse();
        assertThat(sameAsBase(BASE.replace("x STRING", "X STRING"))).as("name case").isFalse();
        assertThat(sameAsBase(BASE.replace("GRANT WRITE TO dev", "GRANT READ, WRITE TO dev"))).as("grant").isFalse();
        assertThat(sameAsBase(BASE.replace("CREATE ROLE dev;", "CREATE ROLE dev; CREATE ROLE ops;"))).as("role")
                .isFalse();
        assertThat(sameAsBase(BASE.replace("z ASSET", "z ASSET, w ASSET"))).as("extra field").isFalse();
        assertThat(sameAsBase(BASE.replace("RECORD TYPE B ( z ASSET );", ""))).as("missing type").isFalse();
        assertThat(parse(BASE.replace("RECORD TYPE B ( z ASSET );", "")).sameAs(parse(BASE))).as("reverse")
                .isFalse();
    }

    @Test
    void lookupsByName() {
        Schema schema = parse(BASE);

        RecordType a = schema.recordType("A").orElseThrow();
        assertThat(a.field("y").map(Field::type)).contains(FieldType.listOf(FieldType.of(FieldType.Kind.INT64)));
        assertThat(a.field("Y")).isEmpty();
        assertThat(schema.recordType("C")).isEmpty();
    }

    @Test
    void componentsAreImmutableCopies() {
        SourceLocation here = SourceLocation.ofFile(Path.of("x.ckdb"));
        List<Field> fields = new ArrayList<>(List.of(new Field("x", FieldType.of(STRING), Set.of(), here)));
        EnumSet<IndexOption> options = EnumSet.of(IndexOption.SORTABLE);
        RecordType type = new RecordType("T", fields, List.of(), here);
        Field field = new Field("y", FieldType.of(STRING), options, here);

        fields.clear();
        options.add(IndexOption.QUERYABLE);

        assertThat(type.fields()).hasSize(1);
        assertThat(field.options()).containsExactly(IndexOption.SORTABLE);
        assertThatThrownBy(() -> field.options().add(IndexOption.QUERYABLE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsWhatNoFileCouldSay() {
        SourceLocation here = SourceLocation.ofFile(Path.of("x.ckdb"));
        Field x = new Field("x", FieldType.of(STRING), Set.of(), here);

        assertThatIllegalArgumentException().isThrownBy(() -> new RecordType("T", List.of(x, x), List.of(), here))
                .withMessage("duplicate field in record type T: x");
        assertThatIllegalArgumentException().isThrownBy(() -> new Schema(List.of("dev", "dev"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Grant(Set.of(), "dev", here));
        assertThatIllegalArgumentException().isThrownBy(() -> new Field("say \"hi\"", FieldType.of(STRING),
                Set.of(), here));
        assertThatIllegalArgumentException().isThrownBy(() -> new Field("", FieldType.of(STRING), Set.of(), here));
    }
}
