package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.mapping.Creation;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real SwiftData sources of ../shared/corpus/swiftdata: every file reads, each app's models are found and placed
 * as SOURCES.tsv says they sync, and where an app commits its CloudKit schema, {@code cdlint schema} reproduces it.
 */
class SwiftDataCorpusTest {

    /**
     * Classes cdlint cannot place from the corpus, each checked as private with an info, and why that is right: the
     * corpus holds a subset of each repository, and these classes' container code is not in it.
     */
    private static final Map<String, Set<String>> UNPLACED = Map.of(
            // SOURCES.tsv: CatbirdApp.swift, which creates their container with cloudKitDatabase: .none, was not
            // copied (164 KB). Without it nothing in the corpus reads these classes.
            "joshlacal/Catbird", Set.of("DraftPost", "Preferences", "CachedFeedViewPost"),
            // HabittoSchemaV1 leaves SimpleHabitData out ("deprecated and not in active schema", its comment says)
            // and no container in the corpus reads it.
            "chloHabitto/Habitto", Set.of("SimpleHabitData"));

    record App(String repository, Path folder, String cloudKit, String howKnown, List<Path> modelFiles) {
        @Override
        public String toString() {
            return repository;
        }
    }

    static List<App> apps() throws IOException {
        Path corpus = SharedCorpus.root().resolve("corpus/swiftdata");
        Map<String, App> apps = new TreeMap<>();
        try (Stream<String> lines = Files.lines(corpus.resolve("SOURCES.tsv"))) {
            for (String line : lines.skip(1).toList()) {
                String[] columns = line.split("\t");
                Path folder = corpus.resolve(columns[0].replace("/", "__"));
                App app = apps.computeIfAbsent(columns[0], r -> new App(r, folder, columns[4], columns[5],
                        new ArrayList<>()));
                if (columns[3].equals("model")) {
                    app.modelFiles().add(folder.resolve(columns[2]));
                }
            }
        }
        return List.copyOf(apps.values());
    }

    static List<Path> swiftFiles() {
        return SharedCorpus.files(SharedCorpus.root().resolve("corpus/swiftdata"),
                p -> p.getFileName().toString().endsWith(".swift"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("swiftFiles")
    void everyFileReads(Path file) throws IOException {
        SwiftFile read = SwiftFile.read(file, Files.readString(file));

        assertThat(read.source().size()).isPositive();
    }

    @Test
    void theCorpusHasTheAppsSourcesNames() throws IOException {
        assertThat(apps()).hasSize(15);
        assertThat(swiftFiles()).hasSizeGreaterThan(90);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void findsEveryModelClassOfTheApp(App app) throws IOException {
        SwiftData data = read(app);
        Set<String> found = new TreeSet<>();
        for (SwiftDataModel model : data.models()) {
            Stream.concat(Stream.of(model.model().current()), model.earlierVersions().stream())
                    .flatMap(v -> v.entities().stream())
                    .forEach(e -> found.add(e.location().file().getFileName() + ":" + e.name()));
        }
        Set<String> declared = new TreeSet<>();
        for (Path file : app.modelFiles()) {
            for (TypeDeclaration type : SwiftFile.read(file, Files.readString(file)).allTypes()) {
                if (type.hasAttribute("Model")) {
                    declared.add(file.getFileName() + ":" + type.name());
                }
            }
        }

        assertThat(data.unreadable()).isEmpty();
        assertThat(declared).isNotEmpty();
        assertThat(found).containsAll(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void placesTheModelsAsSourcesSaysTheySync(App app) throws IOException {
        List<SwiftDataModel> models = read(app).models();
        Map<ScopeDecision.Outcome, Set<String>> outcomes = new TreeMap<>();
        Set<String> unplaced = new TreeSet<>();
        Set<String> decidedIn = new TreeSet<>();
        for (SwiftDataModel model : models) {
            for (ScopeDecision decision : model.decisions()) {
                Configuration configuration = model.model().current().configuration(decision.configuration())
                        .orElseThrow();
                Set<String> members = model.model().current().members(configuration).stream().map(Entity::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (decision.outcome() == ScopeDecision.Outcome.UNPLACED) {
                    unplaced.addAll(members);
                    continue;
                }
                if (decision.at() == null) {
                    continue; // the Default configuration of a model whose stores each hold some of its classes
                }
                outcomes.computeIfAbsent(decision.outcome(), o -> new TreeSet<>()).addAll(members);
                decidedIn.add(decision.at().file().getFileName() + " " + decision.reason());
            }
        }

        assertThat(unplaced).as("classes no container code in the corpus reads")
                .isEqualTo(UNPLACED.getOrDefault(app.repository(), Set.of()));
        assertThat(outcomes).as("how each store syncs").doesNotContainKey(ScopeDecision.Outcome.UNRESOLVED);
        switch (app.cloudKit()) {
            case "yes", "conditional" -> assertThat(outcomes).containsKey(ScopeDecision.Outcome.PRIVATE);
            case "no" -> assertThat(outcomes).containsOnlyKeys(ScopeDecision.Outcome.NOT_SYNCED);
            case "mixed" -> assertThat(outcomes).containsOnlyKeys(ScopeDecision.Outcome.PRIVATE,
                    ScopeDecision.Outcome.NOT_SYNCED);
            default -> throw new AssertionError("SOURCES.tsv says " + app.cloudKit());
        }
        // The decisions are placed in the files SOURCES.tsv names for the app's wiring.
        Set<String> knownFiles = java.util.regex.Pattern.compile("[A-Za-z0-9_+-]+\\.swift").matcher(app.howKnown())
                .results().map(java.util.regex.MatchResult::group).collect(Collectors.toSet());
        assertThat(decidedIn).as("where the scope was decided, versus SOURCES.tsv: %s", app.howKnown())
                .anyMatch(d -> knownFiles.stream().anyMatch(d::contains));
    }

    /**
     * The two apps that commit their CloudKit schema beside the models: every record type and field of the export
     * is what the mirror of the synced models creates, type for type, and every field the container creates with
     * the first record is in the export. Fields the container only creates for a large value or when sharing moves
     * a record ({@code _ckAsset} companions, {@code CD_moveReceipt}), and the indexes the dashboard adds, are not
     * in an export of a schema seeded by use; CloudKit's own {@code Users} type is no model's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void schemaReproducesTheCommittedExport(String repository, String exportPath) throws IOException {
        App app = apps().stream().filter(a -> a.repository().equals(repository)).findFirst().orElseThrow();
        Path export = app.folder().resolve(exportPath);
        Schema committed = CkdbParser.parse(export);
        List<SwiftDataModel> models = SwiftModels.at(app.folder());
        Schema generated = SwiftModels.schema(models, null);
        Map<String, Creation> creation = new LinkedHashMap<>();
        for (SwiftDataModel model : models) {
            for (Configuration configuration : model.model().current().configurations()) {
                if (configuration.usedWithCloudKit()) {
                    for (MirroredRecordType type : Mirror.of(model.model().current(), configuration,
                            DatabaseScope.PRIVATE).recordTypes()) {
                        for (MirroredField field : type.fields()) {
                            creation.put(type.name() + "." + field.name(), field.creation());
                        }
                    }
                }
            }
        }

        Set<String> exported = new TreeSet<>();
        committed.recordTypes().stream().filter(t -> !t.name().equals("Users"))
                .forEach(t -> t.fields().forEach(f -> exported.add(t.name() + "." + f.name() + " " + f.type())));
        Set<String> created = new TreeSet<>();
        Set<String> createdWithFirstRecord = new TreeSet<>();
        for (RecordType type : generated.recordTypes()) {
            for (Field field : type.fields()) {
                String key = type.name() + "." + field.name() + " " + field.type();
                created.add(key);
                if (creation.get(type.name() + "." + field.name()) == Creation.ALWAYS) {
                    createdWithFirstRecord.add(key);
                }
            }
        }

        assertThat(created).as("every exported field, with its type").containsAll(exported);
        assertThat(exported).as("every field the first record creates").containsAll(createdWithFirstRecord);
        assertThat(committed.recordTypes().stream().map(RecordType::name).filter(n -> !n.equals("Users")))
                .containsExactlyInAnyOrderElementsOf(generated.recordTypes().stream().map(RecordType::name).toList());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> exports() {
        return Stream.of(
                // A Development export with lines added by hand and checked by a re-export (casberi's commits
                // 7c68f569 and b7caf12f say so); the comparison holds for every line, hand-added ones included.
                org.junit.jupiter.params.provider.Arguments.of("alexanderchopan/casberi", "docs/cloudkit-schema.ckdb"),
                // An export in cktool's layout whose provenance is not stated; read as generated.
                org.junit.jupiter.params.provider.Arguments.of("ivan-wize/Plenty",
                        "Plenty/CloudKitSchema/CloudKitSchema.ckdb"));
    }

    @Test
    void versionedAppsCheckTheVersionTheirContainerIsBuiltFrom() throws IOException {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, List<String>> earlier = new LinkedHashMap<>();
        for (App app : apps()) {
            for (SwiftDataModel model : read(app).models()) {
                if (!model.earlierVersions().isEmpty() || !model.model().name().equals(model.model().path()
                        .getFileName().toString())) {
                    current.put(app.repository(), model.model().current().name());
                    earlier.put(app.repository(), model.earlierVersions().stream().map(ModelVersion::name).toList());
                }
            }
        }

        // kado: Schema(versionedSchema: KadoSchemaV4.self); fit-iq: typealias CurrentSchema = SchemaV11;
        // StoryCast: Schema(versionedSchema: SchemaV6.self) with three plans sharing their later versions.
        assertThat(current).containsEntry("scastiel/kado", "KadoSchemaV4")
                .containsEntry("marcosbarbero/fit-iq-workspaces", "SchemaV11")
                .containsEntry("Geralt4/StoryCast", "SchemaV6")
                .containsEntry("alexanderchopan/casberi", "ThingSchemaV1");
        assertThat(earlier.get("scastiel/kado")).containsExactly("KadoSchemaV1", "KadoSchemaV2", "KadoSchemaV3");
        assertThat(earlier.get("marcosbarbero/fit-iq-workspaces")).containsExactly("SchemaV9", "SchemaV10");
    }

    private static SwiftData read(App app) {
        return SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(app.folder(), p -> false)));
    }
}
