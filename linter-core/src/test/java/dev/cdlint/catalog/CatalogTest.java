package dev.cdlint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.check.Check;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog is the one list of checks: what carries check metadata is in it, what is in it is documented, so
 * that {@code cdlint rules}, {@code explain}, SARIF and {@code docs/rules.md} show every check properly.
 */
class CatalogTest {

    /** A check class (or enum constant) left out of the catalog never runs, and no other test would notice. */
    @Test
    void everyClassCarryingCheckMetadataIsInTheCatalogAndNothingElse() throws Exception {
        List<String> documented = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            if (type.isAnnotationPresent(RuleInfo.class)) {
                documented.add(type.getAnnotation(RuleInfo.class).id());
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isEnumConstant() && field.isAnnotationPresent(RuleInfo.class)) {
                    documented.add(field.getAnnotation(RuleInfo.class).id());
                }
            }
        }

        assertThat(Catalog.all()).extracting(Check::id).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void everyCheckIsDocumentedWithItsSourceAndTheErrorItPrevents() {
        assertThat(Catalog.all()).isNotEmpty().allSatisfy(check -> {
            RuleInfo info = check.info();
            assertThat(info.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(info.summary()).as(info.id()).isNotBlank().doesNotEndWith(".").doesNotContain("\n");
            assertThat(info.source()).as(info.id()).isNotBlank();
            assertThat(info.rationale()).as(info.id()).isNotBlank();
            assertThat(info.runtimeError()).as(info.id()).isNotBlank();
            assertThat(info.fix()).as(info.id()).isNotBlank();
            assertThat(info.example()).as(info.id()).isNotBlank();
        });
    }

    /**
     * Rules about CloudKit rest on the project's own reference, which users have; only cdlint's own conventions
     * (suppressions, unreadable models) cite cdlint itself.
     */
    @Test
    void everyCheckOfTheModelAndItsSchemaCitesTheProjectsReference() {
        Stream.of(Family.MODEL, Family.SCHEMA, Family.EVOLUTION).flatMap(f -> Catalog.of(f).stream())
                .filter(check -> !check.info().source().startsWith("cdlint's "))
                .forEach(check -> assertThat(check.info().source()).as(check.id()).contains(Sources.CLOUDKIT + "#"));
    }

    @Test
    void everyCitedSectionOfTheProjectsDocsExists() throws IOException {
        String doc = Files.readString(Path.of("..", Sources.CLOUDKIT));
        Pattern citation = Pattern.compile(Pattern.quote(Sources.CLOUDKIT) + "#([a-z0-9-]+)");

        assertThat(Catalog.all()).allSatisfy(check -> {
            assertThat(check.info().source()).as(check.id()).doesNotContain("../shared", "cloudkit-mapping.md");
            Matcher m = citation.matcher(check.info().source());
            while (m.find()) {
                assertThat(doc).as(check.id() + " cites " + m.group()).contains("<a id=\"" + m.group(1) + "\"></a>");
            }
        });
    }

    @Test
    void eachCheckBelongsToOneFamily() {
        assertThat(Catalog.all()).allSatisfy(check -> assertThat(Catalog.of(Catalog.familyOf(check))).contains(check));
        assertThat(Stream.of(Family.values()).mapToInt(f -> Catalog.of(f).size()).sum()).isEqualTo(Catalog.all().size());
    }

    /** Every class compiled from {@code src/main/java}, loaded without running its initialisers. */
    private static List<Class<?>> mainClasses() throws URISyntaxException, IOException, ClassNotFoundException {
        Path root = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        CatalogTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
