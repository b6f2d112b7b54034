package dev.cdlint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.CkdbWriter;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model checked against the schema {@code initializeCloudKitSchema} would deploy for it (its own mirror, written
 * to {@code .ckdb} and read back) reports nothing: any finding here is a false positive every user would see.
 */
class SchemaDiffRoundTripTest {

    private final DiffFixture realistic = DiffFixture.named("realistic");

    @ParameterizedTest
    @EnumSource(value = DatabaseScope.class, names = {"PRIVATE", "PUBLIC"})
    void aModelReportsNothingAgainstItsOwnDeployedSchema(DatabaseScope scope) {
        Function<Configuration, DatabaseScope> everyConfiguration = configuration -> scope;

        assertThat(realistic.findings(Optional.of(deployed(everyConfiguration)), everyConfiguration)).isEmpty();
    }

    @Test
    void aPrivateAndAPublicStoreOfOneContainerReportNothingAgainstTheirSharedSchema() {
        Function<Configuration, DatabaseScope> recipesArePublic = configuration ->
                configuration.name().equals("Recipes") ? DatabaseScope.PUBLIC : DatabaseScope.PRIVATE;

        assertThat(realistic.findings(Optional.of(deployed(recipesArePublic)), recipesArePublic)).isEmpty();
    }

    @Test
    void anEmptyProductionSchemaReportsEachRecordTypeOnceAndNothingElse() {
        assertThat(realistic.check(Optional.of(new Schema(List.of(), List.of())), c -> DatabaseScope.PRIVATE, false))
                .extracting(f -> f.rule() + " " + f.recordType() + " " + f.severity().id())
                .containsExactlyInAnyOrder(
                        "schema-undeployed-record-type CD_Item error",
                        "schema-undeployed-record-type CD_Person error",
                        "schema-undeployed-record-type CD_Passport error",
                        "schema-undeployed-record-type CD_Tag error",
                        "schema-undeployed-record-type CD_Recipe error",
                        "schema-undeployed-record-type CD_Ingredient error",
                        "schema-missing-cdmr CDMR error");
    }

    @Test
    void aFieldDroppedFromTheDeployedSchemaIsFound() {
        Function<Configuration, DatabaseScope> scope = configuration -> DatabaseScope.PRIVATE;
        Schema full = deployed(scope);
        Schema withoutIsbn = new Schema(full.roles(), full.recordTypes().stream()
                .map(type -> new RecordType(type.name(),
                        type.fields().stream().filter(f -> !f.name().equals("CD_isbn")).toList(),
                        type.grants(), type.location()))
                .toList());

        SourceLocation isbn = realistic.model.current().entity("Book").flatMap(b -> b.attribute("isbn"))
                .orElseThrow().location();

        assertThat(realistic.check(Optional.of(withoutIsbn), scope, false))
                .extracting(f -> f.rule() + " " + f.recordType() + "." + f.field() + " " + f.severity().id() + " @"
                        + f.location())
                .containsExactly("schema-undeployed-field CD_Item.CD_isbn error @" + isbn);
    }

    /**
     * The container's one schema: each checked configuration's mirror in its scope, merged by record type, written
     * as cktool would export it and parsed back, so that writer and parser are part of the round trip.
     */
    private Schema deployed(Function<Configuration, DatabaseScope> scopeOf) {
        ModelVersion version = realistic.model.current();
        Map<String, RecordType> merged = new LinkedHashMap<>();
        version.configurations().stream()
                .filter(Configuration::usedWithCloudKit)
                .flatMap(c -> Mirror.of(version, c, scopeOf.apply(c)).toSchema().recordTypes().stream())
                .forEach(type -> merged.merge(type.name(), type, SchemaDiffRoundTripTest::union));
        Schema schema = new Schema(List.of(), List.copyOf(merged.values()));
        return CkdbParser.parse(CkdbWriter.write(schema), Path.of("deployed.ckdb"));
    }

    private static RecordType union(RecordType first, RecordType second) {
        List<Field> fields = new ArrayList<>(first.fields());
        second.fields().stream().filter(f -> !first.hasField(f.name())).forEach(fields::add);
        return new RecordType(first.name(), fields, first.grants(), first.location());
    }
}
