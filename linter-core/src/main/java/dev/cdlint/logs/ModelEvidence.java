package dev.cdlint.logs;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.Property;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the models (and the production schema, when given) say about each diagnosis: where the element is, whether
 * the model still has a field production refused, whether {@code cdlint check} reports what Core Data rejected,
 * and whether the export confirms a production-schema diagnosis. {@code --model} may name one model or a folder
 * (an app's repository, say): then every model under it, Core Data and SwiftData alike, is read, and each diagnosis
 * is explained by the model that has the record type or entity it names.
 */
public final class ModelEvidence {

    /** One model read, with its mirror and, once asked, what {@code check} reports on it. */
    private static final class Known {
        final Path path;
        final DataModel model;
        final ModelVersion version;
        final Map<String, MirroredRecordType> recordTypes;
        List<Finding> findings;

        Known(Path path, DataModel model) {
            this.path = path;
            this.model = model;
            this.version = model.current();
            // Every configuration: the log does not say which store it came from, and a record type is named the
            // same whichever configuration mirrors it.
            this.recordTypes = Mirror.container(version.configurations().stream()
                    .map(configuration -> Mirror.of(version, configuration, DatabaseScope.PRIVATE)).toList());
        }

        boolean names(Diagnosis d) {
            return d.recordType() != null && recordTypes.containsKey(d.recordType())
                    || d.entity() != null && version.entity(d.entity()).isPresent();
        }
    }

    private final Path modelPath;
    private final List<Known> models;
    private final Schema production;
    private final Path productionPath;

    private ModelEvidence(Path modelPath, List<Known> models, Path productionPath, Schema production) {
        this.modelPath = modelPath;
        this.models = List.copyOf(models);
        this.productionPath = productionPath;
        this.production = production;
    }

    /**
     * @param model a model (its current version is used), a Swift file, or a folder whose models are all read; may
     *     be null when only {@code against} is given
     * @param against the production schema; may be null
     * @throws InputException when a model or the schema cannot be read, or a folder that is no app holds no model
     */
    public static ModelEvidence read(Path model, Path against) {
        Schema production = null;
        if (against != null) {
            production = CkdbParser.parse(against);
        }
        if (model == null) {
            return new ModelEvidence(null, List.of(), against, production);
        }
        if (!Files.exists(model)) {
            throw new InputException(SourceLocation.ofFile(model), "no such file or directory");
        }
        Path modelPath = ModelFinder.modelOf(model);
        String name = modelPath.getFileName() == null ? "" : modelPath.getFileName().toString();
        if (Files.isDirectory(modelPath) && !name.endsWith(".xcdatamodeld") && !name.endsWith(".xcdatamodel")) {
            return new ModelEvidence(modelPath, under(modelPath), against, production);
        }
        if (SwiftModels.isSwiftPath(modelPath)) {
            DataModel swift = SwiftModels.one(modelPath);
            return new ModelEvidence(swift.path(), List.of(new Known(swift.path(), swift)), against, production);
        }
        return new ModelEvidence(modelPath, List.of(new Known(modelPath, ModelReader.read(modelPath))), against,
                production);
    }

    /** Every model under a folder, Core Data bundles first; an app's repository may hold none. */
    private static List<Known> under(Path folder) {
        List<Known> models = new ArrayList<>();
        for (Path bundle : ModelFinder.findModels(folder)) {
            models.add(new Known(bundle, ModelReader.read(bundle)));
        }
        for (SwiftDataModel swift : SwiftModels.readableUnder(folder)) {
            models.add(new Known(swift.model().path(), swift.model()));
        }
        if (models.isEmpty() && !RepositoryFiles.isAppRepository(folder)) {
            throw new InputException(SourceLocation.ofFile(folder), "no Core Data model (.xcdatamodeld or"
                    + " .xcdatamodel) and no SwiftData @Model class in this directory");
        }
        return models;
    }

    /** The model a diagnosis is about: the one model read, else the one that has what the log names. */
    private Optional<Known> modelFor(Diagnosis d) {
        if (models.size() == 1) {
            return Optional.of(models.get(0));
        }
        return models.stream().filter(m -> m.names(d)).findFirst();
    }

    public List<Diagnosis> explain(List<Diagnosis> diagnoses) {
        return diagnoses.stream().map(this::explain).toList();
    }

    Diagnosis explain(Diagnosis d) {
        Known model = modelFor(d).orElse(null);
        Diagnosis explained = switch (d.kind()) {
            case PRODUCTION_SCHEMA_FIELD, FIELD_TYPE_MISMATCH, NEW_FIELD_FROM_EMPTY_LIST -> field(d, model);
            case PRODUCTION_SCHEMA_TYPE -> recordType(d, model);
            case MODEL_VALIDATION -> validated(d, model);
            default -> d;
        };
        // Only the field and record type diagnoses are explained without a model, and they all name a record type.
        if (model == null && models.size() > 1 && explained != d) {
            List<String> notes = new ArrayList<>(List.of("None of the " + models.size() + " models read ("
                    + models.stream().map(m -> m.model.name()).collect(Collectors.joining(", ")) + ") has "
                    + (d.entity() != null ? "entity " + d.entity() : "record type " + d.recordType())
                    + ": the log comes from another app or an older version of them."));
            notes.addAll(explained.notes());
            return explained.withModel(explained.entity(), explained.property(), null, notes);
        }
        return explained;
    }

    private Diagnosis field(Diagnosis d, Known model) {
        List<String> notes = new ArrayList<>();
        String entity = d.entity();
        String property = d.property();
        SourceLocation element = null;
        if (model != null && entity != null) {
            ModelVersion version = model.version;
            Optional<MirroredField> mirrored = Optional.ofNullable(model.recordTypes.get(d.recordType()))
                    .flatMap(t -> t.field(d.field()));
            if (mirrored.isPresent() && mirrored.get().property() != null) {
                MirroredField field = mirrored.get();
                entity = field.entity();
                property = field.property();
                element = field.location();
                notes.add("The model still has " + entity + "." + property
                        + (d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD
                                ? ", so the production schema is behind the model." : "."));
            } else if (mirrored.isPresent()) {
                element = mirrored.get().location();
                notes.add("The container adds " + d.field() + " to every record type itself.");
            } else {
                Optional<Entity> root = version.entity(entity);
                String named = property;
                Optional<Declared> declared = root.flatMap(r -> declaredInHierarchy(version, r, named));
                if (root.isEmpty()) {
                    notes.add("The model has no entity " + entity + ": the log comes from another model or an"
                            + " older version of this one.");
                } else if (declared.isPresent()) {
                    entity = declared.get().entity().name();
                    element = declared.get().property().location();
                    notes.add("The model has " + entity + "." + property + " but does not sync it (transient,"
                            + " ignored or of a type CloudKit rejects).");
                } else {
                    element = root.get().location();
                    notes.add("The model no longer has a property " + property + " in " + entity + "'s hierarchy:"
                            + " the log comes from an older build, or it was renamed; the field stays in CloudKit.");
                }
            }
        }
        confirmField(d, notes);
        return d.withModel(entity, property, element, notes);
    }

    private void confirmField(Diagnosis d, List<String> notes) {
        if (production == null || d.recordType() == null || CloudKitNames.isElided(d.recordType())
                || d.field() != null && CloudKitNames.isElided(d.field())) {
            return;
        }
        String export = productionPath.getFileName().toString();
        Optional<RecordType> type = production.recordType(d.recordType());
        Optional<Field> field = type.flatMap(t -> t.field(d.field()));
        if (type.isEmpty()) {
            notes.add(export + " has no record type " + d.recordType() + " at all: confirmed, deploy it.");
        } else if (field.isEmpty()) {
            notes.add(d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD
                    ? export + " has no field " + d.field() + " in " + d.recordType() + ": confirmed."
                    : export + " has no field " + d.field() + " in " + d.recordType() + ".");
        } else if (d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD) {
            notes.add(export + " has " + d.recordType() + "." + d.field() + ": it was deployed after the log was"
                    + " written, or the log comes from another container or environment.");
        } else {
            notes.add(export + " defines " + d.recordType() + "." + d.field() + " as " + field.get().type() + ".");
        }
    }

    private Diagnosis recordType(Diagnosis d, Known model) {
        List<String> notes = new ArrayList<>();
        SourceLocation element = null;
        if (model != null && d.entity() != null) {
            Optional<Entity> root = model.version.entity(d.entity());
            if (root.isPresent()) {
                element = root.get().location();
                notes.add("The model has entity " + d.entity() + ", so the production schema is behind the"
                        + " model.");
            } else {
                notes.add("The model has no entity " + d.entity() + ": the log comes from another model or an older"
                        + " version of this one.");
            }
        }
        if (production != null && d.recordType() != null && !CloudKitNames.isElided(d.recordType())) {
            String export = productionPath.getFileName().toString();
            notes.add(production.recordType(d.recordType()).isPresent()
                    ? export + " has record type " + d.recordType() + ": it was deployed after the log was written,"
                            + " or the log comes from another container or environment."
                    : export + " has no record type " + d.recordType() + ": confirmed.");
        }
        return d.withModel(d.entity(), null, element, notes);
    }

    private Diagnosis validated(Diagnosis d, Known model) {
        if (model == null || d.entity() == null) {
            return d;
        }
        ModelVersion version = model.version;
        List<String> notes = new ArrayList<>();
        Optional<Entity> entity = version.entity(d.entity());
        if (entity.isEmpty()) {
            notes.add("The model has no entity " + d.entity() + ": the log comes from another model or an older"
                    + " version of this one.");
            return d.withModel(d.entity(), d.property(), null, notes);
        }
        SourceLocation element = entity.get().location();
        Set<String> owners = version.ancestry(entity.get()).stream().map(Entity::name).collect(Collectors.toSet());
        if (d.property() != null) {
            Optional<Declared> declared = declaredIn(version.ancestry(entity.get()), d.property());
            if (declared.isEmpty()) {
                notes.add("The model no longer has " + d.entity() + "." + d.property() + ": the log comes from an"
                        + " older version of the model.");
                return d.withModel(d.entity(), d.property(), element, notes);
            }
            element = declared.get().property().location();
            if (declared.get().entity() != entity.get()) {
                notes.add(d.entity() + " inherits " + d.property() + " from " + declared.get().entity().name() + ".");
            }
        }
        if (d.rule() == null) {
            notes.add("cdlint has no rule for this check yet.");
        } else {
            Optional<Finding> reported = findings(model).stream()
                    .filter(f -> f.rule().equals(d.rule()))
                    .filter(f -> f.entity() != null && owners.contains(f.entity()))
                    .filter(f -> d.property() == null || d.property().equals(f.property()))
                    .findFirst();
            notes.add(reported.isPresent()
                    ? "'cdlint check' reports it too (" + d.rule() + ")."
                    : "'cdlint check' does not report it (" + d.rule() + "): if the log comes from this version of"
                            + " the model, that is a cdlint bug worth reporting.");
        }
        return d.withModel(d.entity(), d.property(), element, notes);
    }

    /**
     * What {@code check} reports on the model read, with its configuration: the model's own rules, since the
     * question is what Core Data rejected at load (no production schema, no deployed model).
     */
    private static List<Finding> findings(Known model) {
        if (model.findings == null) {
            LintConfig config = new Linter().configFor(model.path, LintRequest.of(model.path));
            model.findings = RuleEngine.withAllRules().check(model.model, config, Optional.empty());
        }
        return model.findings;
    }

    private record Declared(Entity entity, Property property) {}

    /** The property as any entity of the root's hierarchy declares it: they all share one record type. */
    private static Optional<Declared> declaredInHierarchy(ModelVersion version, Entity root, String name) {
        return name == null ? Optional.empty() : declaredIn(version.hierarchy(root), name);
    }

    /** The first of the entities, in order, that declares the property. */
    private static Optional<Declared> declaredIn(List<Entity> entities, String name) {
        for (Entity owner : entities) {
            Optional<Declared> declared = owner.properties().filter(p -> p.name().equals(name)).findFirst()
                    .map(p -> new Declared(owner, p));
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }
}
